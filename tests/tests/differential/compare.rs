//! Running one program under Node and under minijs, and comparing what they did (stdout and exit code;
//! stderr is not compared: uncaught errors print stacks that only Node can reproduce).

use minijs_tests::child::{self, Invocation, Outcome};
use minijs_tests::diff::line_diff;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// What to run a program with.
#[derive(Clone, Debug)]
pub struct Engines {
    pub node: PathBuf,
    pub minijs: PathBuf,
    pub work_dir: PathBuf,
    pub timeout: Duration,
}

/// Both engines' outcomes for one program.
#[derive(Clone, Debug)]
pub struct Pair {
    pub node: Outcome,
    pub minijs: Outcome,
}

impl Pair {
    /// Whether minijs did what Node did. A Node timeout is never a match: the generator must terminate.
    pub fn matches(&self) -> bool {
        !self.node.timed_out && same(&self.node, &self.minijs)
    }

    /// A report of the difference: exit codes, the stdout diff (`-` Node, `+` minijs), minijs's stderr.
    pub fn describe(&self) -> String {
        let mut text = format!("exit code: node {} / minijs {}\n", exit_text(&self.node), exit_text(&self.minijs));
        let diff = line_diff(&self.node.stdout, &self.minijs.stdout);
        if !diff.is_empty() {
            text.push_str("stdout (- node, + minijs):\n");
            text.push_str(&diff);
        }
        let stderr: Vec<&str> = self.minijs.stderr.lines().take(12).collect();
        if !stderr.is_empty() {
            text.push_str("minijs stderr:\n");
            for line in stderr {
                text.push_str("  ");
                text.push_str(line);
                text.push('\n');
            }
        }
        text
    }
}

/// Equal stdout and exit code.
pub fn same(a: &Outcome, b: &Outcome) -> bool {
    a.stdout == b.stdout && a.exit_code == b.exit_code && a.timed_out == b.timed_out
}

fn exit_text(outcome: &Outcome) -> String {
    match (outcome.timed_out, outcome.exit_code) {
        (true, _) => "timed out".into(),
        (false, Some(code)) => code.to_string(),
        (false, None) => "killed by a signal".into(),
    }
}

impl Engines {
    /// Writes `source` to `<work_dir>/<name>.js` and runs it under both engines.
    pub fn run_both(&self, name: &str, source: &str) -> Result<Pair, String> {
        let file = self.write(name, source)?;
        let node = self.run_node(&file)?;
        let minijs = self.run_minijs(&file)?;
        Ok(Pair { node, minijs })
    }

    pub fn write(&self, name: &str, source: &str) -> Result<PathBuf, String> {
        let file = self.work_dir.join(format!("{name}.js"));
        std::fs::write(&file, source).map_err(|e| format!("cannot write {}: {e}", file.display()))?;
        Ok(file)
    }

    pub fn run_node(&self, file: &Path) -> Result<Outcome, String> {
        self.run(&self.node, vec![file.display().to_string()])
    }

    pub fn run_minijs(&self, file: &Path) -> Result<Outcome, String> {
        self.run(&self.minijs, vec!["run".into(), file.display().to_string()])
    }

    fn run(&self, program: &Path, args: Vec<String>) -> Result<Outcome, String> {
        let invocation = Invocation { program, args, cwd: Some(&self.work_dir), timeout: self.timeout };
        let mut outcome = child::run(&invocation)?;
        // Programs never print paths on purpose; this keeps an accidental one from differing by machine.
        let dir = self.work_dir.display().to_string();
        outcome.stdout = outcome.stdout.replace(&dir, "<dir>");
        Ok(outcome)
    }
}
