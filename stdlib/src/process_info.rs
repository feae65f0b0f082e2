//! `internal.processInfo`: the facts about the process `node:process` exposes (argv, env,
//! cwd, pid, platform, ...), in Node's shapes and names.

use std::io::IsTerminal;

use minijs_vm::Mutation;
use minijs_vm::heap::object::{Attrs, Obj};
use minijs_vm::heap::value::Value;
use minijs_vm::vm::Vm;

use crate::internal::js_string;

#[derive(Clone, Debug, Default)]
pub struct ProcessInfo {
    /// `[execPath, absolute main script path, ...user args]`
    pub argv: Vec<String>,
    pub exec_argv: Vec<String>,
    pub env: Vec<(String, String)>,
    pub cwd: String,
    pub exec_path: String,
    pub pid: u32,
    pub ppid: u32,
    pub stdout_is_tty: bool,
    pub stderr_is_tty: bool,
}

/// Node's name for the operating system.
pub fn node_platform() -> &'static str {
    match std::env::consts::OS {
        "macos" => "darwin",
        "windows" => "win32",
        other => other,
    }
}

/// Node's name for the CPU architecture.
pub fn node_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "x64",
        "aarch64" => "arm64",
        "x86" => "ia32",
        other => other,
    }
}

fn parent_pid() -> u32 {
    #[cfg(unix)]
    {
        std::os::unix::process::parent_id()
    }
    #[cfg(not(unix))]
    {
        0
    }
}

impl ProcessInfo {
    /// The real process's facts, with `main` (absolute) and the user's arguments.
    pub fn from_process(main: &str, user_args: &[String], exec_argv: &[String]) -> Self {
        let exec_path = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_else(|_| "minijs".into());
        let mut argv = vec![exec_path.clone()];
        if !main.is_empty() {
            argv.push(main.to_string());
        }
        argv.extend(user_args.iter().cloned());
        ProcessInfo {
            argv,
            exec_argv: exec_argv.to_vec(),
            env: std::env::vars_os().map(|(k, v)| (k.to_string_lossy().into_owned(), v.to_string_lossy().into_owned())).collect(),
            cwd: std::env::current_dir().map(|p| p.display().to_string()).unwrap_or_else(|_| "/".into()),
            exec_path,
            pid: std::process::id(),
            ppid: parent_pid(),
            stdout_is_tty: std::io::stdout().is_terminal(),
            stderr_is_tty: std::io::stderr().is_terminal(),
        }
    }

    /// A sandboxed stand-in (fuzzing): no environment, fixed paths.
    pub fn sandbox() -> Self {
        ProcessInfo {
            argv: vec!["/minijs".into(), "/input.js".into()],
            cwd: "/".into(),
            exec_path: "/minijs".into(),
            pid: 1,
            ..ProcessInfo::default()
        }
    }

    pub fn to_object<'gc>(&self, mc: &Mutation<'gc>, vm: &mut Vm<'gc>) -> Obj<'gc> {
        let strings = |mc: &Mutation<'gc>, vm: &mut Vm<'gc>, items: &[String]| {
            let values = items.iter().map(|s| js_string(mc, s)).collect();
            Value::Object(vm.new_array(mc, values))
        };
        let o = vm.new_object(mc);
        let argv = strings(mc, vm, &self.argv);
        vm.define_value(mc, o, "argv", argv, Attrs::ALL);
        let exec_argv = strings(mc, vm, &self.exec_argv);
        vm.define_value(mc, o, "execArgv", exec_argv, Attrs::ALL);
        let env = vm.new_object(mc);
        for (k, v) in &self.env {
            let value = js_string(mc, v);
            if let Some(key) = vm.to_key_fast(mc, js_string(mc, k)) {
                env.set_raw(mc, key, value, Attrs::ALL);
            }
        }
        vm.define_value(mc, o, "env", Value::Object(env), Attrs::ALL);
        let text_fields = [
            ("cwd", self.cwd.as_str()),
            ("execPath", self.exec_path.as_str()),
            ("platform", node_platform()),
            ("arch", node_arch()),
            ("minijsVersion", env!("CARGO_PKG_VERSION")),
        ];
        for (name, text) in text_fields {
            let value = js_string(mc, text);
            vm.define_value(mc, o, name, value, Attrs::ALL);
        }
        vm.define_value(mc, o, "pid", Value::Number(f64::from(self.pid)), Attrs::ALL);
        vm.define_value(mc, o, "ppid", Value::Number(f64::from(self.ppid)), Attrs::ALL);
        vm.define_value(mc, o, "stdoutIsTTY", Value::Bool(self.stdout_is_tty), Attrs::ALL);
        vm.define_value(mc, o, "stderrIsTTY", Value::Bool(self.stderr_is_tty), Attrs::ALL);
        o
    }
}
