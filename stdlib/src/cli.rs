//! The command line: `minijs run [flags] file [args…]`, `minijs -e CODE`, `minijs --version`.

use std::path::PathBuf;

use crate::options::{EntryKind, RunOptions, Source};

const USAGE: &str = "\
usage: minijs run [flags] <file> [args...]
       minijs run [flags] -e <code> [args...]
       minijs batch        (for test runners: `run` requests on stdin, see batch.rs)
       minijs --version

flags:
  --script            run the file as a classic script (global scope)
  --module            run the file as an ES module
  --strict            compile the main script as if it began with \"use strict\"
  --test262           test262 host globals (print, $262); no Node globals
  --prelude <file>    run a classic script before the main file (repeatable)
  --max-steps <n>     stop after n units of work (exit 1)
  --max-heap-mb <n>   stop when the heap grows past n MB (exit 1)
  --disasm            print the main file's bytecode and exit
  -e, --eval <code>   run code instead of a file
";

/// What the command line asks for.
#[derive(Debug)]
pub enum Command {
    Run(Box<RunOptions>),
    Batch,
    Version,
    Help,
}

fn number(flag: &str, value: Option<String>) -> Result<u64, String> {
    let value = value.ok_or_else(|| format!("{flag} needs a value"))?;
    value.parse().map_err(|_| format!("{flag}: not a number: {value}"))
}

/// Parses the arguments after the program name.
pub fn parse(args: &[String]) -> Result<Command, String> {
    if args.first().map(String::as_str) == Some("batch") {
        return Ok(Command::Batch);
    }
    let mut iter = args.iter().cloned().peekable();
    if iter.peek().map(String::as_str) == Some("run") {
        iter.next();
    }
    let mut options = RunOptions::new(Source::Text { name: String::new(), text: String::new() });
    let mut source = None;
    let mut exec_args = Vec::new();
    while let Some(arg) = iter.next() {
        if source.is_some() {
            options.args.push(arg);
            continue;
        }
        let mut consumed = vec![arg.clone()];
        match arg.as_str() {
            "--version" | "-v" => return Ok(Command::Version),
            "--help" | "-h" => return Ok(Command::Help),
            "--script" => options.kind = EntryKind::Script,
            "--module" => options.kind = EntryKind::Module,
            "--strict" => options.strict = true,
            "--test262" => {
                options.test262 = true;
                options.bootstrap = false;
            }
            "--disasm" => options.disasm = true,
            "--prelude" => {
                let file = iter.next().ok_or("--prelude needs a file")?;
                consumed.push(file.clone());
                options.preludes.push(PathBuf::from(file));
            }
            "--max-steps" => {
                let value = iter.next();
                consumed.extend(value.clone());
                options.max_steps = Some(number("--max-steps", value)?);
            }
            "--max-heap-mb" => {
                let value = iter.next();
                consumed.extend(value.clone());
                options.max_heap_mb = Some(number("--max-heap-mb", value)?);
            }
            "-e" | "--eval" => {
                let code = iter.next().ok_or("-e needs code")?;
                source = Some(Source::Text { name: "[eval]".into(), text: code });
                continue;
            }
            flag if flag.starts_with('-') && flag.len() > 1 => {
                return Err(format!("unknown flag: {flag}"));
            }
            file => {
                source = Some(Source::File(PathBuf::from(file)));
                continue;
            }
        }
        exec_args.extend(consumed);
    }
    options.source = source.ok_or("no file to run")?;
    options.exec_args = exec_args;
    Ok(Command::Run(Box::new(options)))
}

/// Runs the command line; returns the process exit code.
pub fn main_with_args(args: &[String]) -> i32 {
    match parse(args) {
        Ok(Command::Version) => {
            println!("minijs v{}", env!("CARGO_PKG_VERSION"));
            0
        }
        Ok(Command::Help) => {
            print!("{USAGE}");
            0
        }
        Ok(Command::Run(options)) => {
            let code = crate::program::run(&options);
            crate::output::flush();
            code
        }
        Ok(Command::Batch) => crate::batch::serve(),
        Err(message) => {
            eprintln!("minijs: {message}\n\n{USAGE}");
            9
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn flags_before_the_file_and_args_after() {
        let Ok(Command::Run(o)) = parse(&args(&["run", "--module", "--max-steps", "5", "f.js", "--x", "y"])) else {
            panic!("parse failed")
        };
        assert_eq!(o.kind, EntryKind::Module);
        assert_eq!(o.max_steps, Some(5));
        assert_eq!(o.args, args(&["--x", "y"]));
        assert_eq!(o.exec_args, args(&["--module", "--max-steps", "5"]));
        assert!(matches!(o.source, Source::File(ref p) if p == &PathBuf::from("f.js")));
    }

    #[test]
    fn test262_prelude_and_errors() {
        let Ok(Command::Run(o)) = parse(&args(&["run", "--test262", "--prelude", "a.js", "--prelude", "b.js", "t.js"])) else {
            panic!("parse failed")
        };
        assert!(o.test262 && !o.bootstrap);
        assert_eq!(o.preludes.len(), 2);
        assert!(parse(&args(&["run", "--max-steps"])).is_err());
        assert!(parse(&args(&["run", "--bogus", "f.js"])).is_err());
        assert!(matches!(parse(&args(&["--version"])), Ok(Command::Version)));
    }
}
