//! Running a program: read and check the main file, start the runtime with the host
//! installed, run bootstrap, the preludes and the main entry (script, CommonJS or ES module),
//! then the event loop.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use minijs_parser::{SyntaxError, render_syntax_error};
use minijs_vm::builtins::native_data;
use minijs_vm::bytecode::proto::FunctionCode;
use minijs_vm::exec::native::{Ctx, NativeResult};
use minijs_vm::heap::value::Value;
use minijs_vm::{CompileFailure, Runtime, compile_module, compile_script, compile_wrapped_script};

use crate::host::{Host, Limits};
use crate::invoke::{self, Kind};
use crate::modules::{self, ModuleKind, commonjs, esm};
use crate::options::{EntryKind, RunOptions, Source};
use crate::process_info::ProcessInfo;
use crate::state::{Policy, reset_host, with_host};

/// The main program, read.
struct Main {
    /// The absolute path (or the name of a text source, resolved against the cwd).
    path: PathBuf,
    name: String,
    text: Rc<str>,
}

fn read_main(source: &Source) -> Result<Main, String> {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"));
    match source {
        Source::File(path) => {
            let absolute = std::fs::canonicalize(path).unwrap_or_else(|_| modules::resolve::normalize(&cwd.join(path)));
            let text = std::fs::read_to_string(&absolute).map_err(|e| match e.kind() {
                std::io::ErrorKind::NotFound => {
                    format!("Error: Cannot find module '{}'", absolute.display())
                }
                _ => format!("Error: cannot read {}: {e}", absolute.display()),
            })?;
            let name = absolute.display().to_string();
            Ok(Main { path: absolute, name, text: Rc::from(text) })
        }
        Source::Text { name, text } => Ok(Main { path: cwd.join(name), name: name.clone(), text: Rc::from(text.as_str()) }),
    }
}

/// Node's choice of module system for the main file.
fn settle_entry_kind(kind: EntryKind, main: &Main, is_file: bool) -> EntryKind {
    if kind != EntryKind::Auto {
        return kind;
    }
    let file_kind = if is_file { modules::file_kind(&main.path) } else { ModuleKind::Detect };
    match file_kind {
        ModuleKind::Esm => EntryKind::Module,
        ModuleKind::CommonJs | ModuleKind::Json => EntryKind::CommonJs,
        _ => {
            if !commonjs::parses_as_commonjs(&main.text) && minijs_parser::parse_module(&main.text).is_ok() {
                EntryKind::Module
            } else {
                EntryKind::CommonJs
            }
        }
    }
}

/// Node's report of a SyntaxError in a file the host compiles itself.
fn syntax_report(e: &CompileFailure, name: &str, text: &str) -> String {
    let error = SyntaxError::new(e.message.clone(), e.span);
    format!("{}\n", render_syntax_error(&error, name, text))
}

/// The bytecode listing of the main file.
fn disassemble(kind: EntryKind, main: &Main, strict: bool) -> Result<String, CompileFailure> {
    let code = match kind {
        EntryKind::Module => compile_module(&main.text, &main.name)?.0,
        EntryKind::Script => compile_main_script(&main.text, &main.name, strict)?,
        _ => commonjs::compile_wrapper(&main.text, &main.name, commonjs::USER_PARAMS)?,
    };
    Ok(minijs_vm::bytecode::disasm::disassemble(&code))
}

/// Runs a program to its end and returns the exit code. Output goes to the current sink
/// (`output::set_sink`).
pub fn run(options: &RunOptions) -> i32 {
    reset_host(Policy { filesystem: options.filesystem, test262: options.test262, virtual_time: options.virtual_time });
    let main = match read_main(&options.source) {
        Ok(m) => m,
        Err(message) => {
            crate::output::write(2, &format!("{message}\n"));
            return 1;
        }
    };
    let kind = settle_entry_kind(options.kind, &main, matches!(options.source, Source::File(_)));
    if options.disasm {
        return match disassemble(kind, &main, options.strict) {
            Ok(listing) => {
                crate::output::write(1, &listing);
                crate::output::flush();
                0
            }
            Err(e) => {
                crate::output::write(2, &syntax_report(&e, &main.name, &main.text));
                1
            }
        };
    }
    // Compile the main file first: a SyntaxError is reported before anything runs.
    let entry = match compile_entry(kind, &main, options.strict) {
        Ok(entry) => entry,
        Err(e) => {
            crate::output::write(2, &syntax_report(&e, &main.name, &main.text));
            return 1;
        }
    };
    let info = if options.real_process {
        let exec_args: Vec<String> = options.exec_args.clone();
        ProcessInfo::from_process(&main.name, &options.args, &exec_args)
    } else {
        ProcessInfo::sandbox()
    };
    let limits = Limits { max_steps: options.max_steps, max_heap_mb: options.max_heap_mb, heap_measure: options.heap_measure };
    let mut host = Host::new(Runtime::new(), limits);
    host.rt.with(|mc, vm| crate::setup::install(mc, vm, &info, options.test262));
    if !host.drain() {
        return host.exit_code();
    }
    if options.bootstrap && !run_bootstrap(&mut host) {
        return host.exit_code();
    }
    host.rebase_heap();
    for prelude in &options.preludes {
        if let Err(code) = run_prelude(&mut host, prelude) {
            return code;
        }
    }
    start_entry(&mut host, entry, &main);
    host.run_event_loop()
}

/// The main file, compiled (or registered with the loader, for modules).
enum Entry {
    /// A classic script.
    Script(Rc<minijs_vm::bytecode::proto::FunctionCode>),
    /// A module index: CommonJS (its wrapper already compiled) or an ES module.
    CommonJs(usize),
    Module(usize),
}

/// The directive `--strict` prepends (test262's rule for strict-mode runs).
const USE_STRICT: &str = "\"use strict\";";

/// Compiles the main script; with `strict`, as if it began with "use strict" (prepended, so
/// that nested functions are strict too). Error spans stay relative to `text`.
fn compile_main_script(text: &str, name: &str, strict: bool) -> Result<Rc<minijs_vm::bytecode::proto::FunctionCode>, CompileFailure> {
    if !strict {
        return compile_script(text, name, false);
    }
    let shift = USE_STRICT.len();
    compile_wrapped_script(&format!("{USE_STRICT}{text}"), name, true, shift)
        .map_err(|e| CompileFailure { message: e.message, span: (e.span.0.saturating_sub(shift), e.span.1.saturating_sub(shift)) })
}

fn compile_entry(kind: EntryKind, main: &Main, strict: bool) -> Result<Entry, CompileFailure> {
    match kind {
        EntryKind::Script => Ok(Entry::Script(compile_main_script(&main.text, &main.name, strict)?)),
        EntryKind::Module => {
            compile_module(&main.text, &main.name)?;
            let index = modules::add_file_module(&main.path, ModuleKind::Esm, main.text.clone());
            with_host(|h| h.modules.main = Some(index));
            Ok(Entry::Module(index))
        }
        EntryKind::CommonJs | EntryKind::Auto => {
            let code = commonjs::compile_wrapper(&main.text, &main.name, commonjs::USER_PARAMS)?;
            let index = modules::add_file_module(&main.path, ModuleKind::CommonJs, main.text.clone());
            with_host(|h| {
                h.modules.main = Some(index);
                if let Some(m) = h.modules.metas.get_mut(index) {
                    m.compiled = Some(code);
                }
            });
            Ok(Entry::CommonJs(index))
        }
    }
}

fn start_entry(host: &mut Host, entry: Entry, main: &Main) {
    // Timers the main program schedules are due relative to the time it starts (libuv's
    // loop time), not to when the host began setting up.
    with_host(|h| h.update_loop_time());
    host.rt.with(|mc, vm| match entry {
        Entry::Script(code) => {
            with_host(|h| h.remember_source(&main.name, main.text.clone()));
            let f = vm.function_from_code(mc, &code);
            let global = Value::Object(vm.realm.global);
            invoke::queue_invoke(vm, Kind::Script, f, global, Vec::new(), None, false);
        }
        Entry::CommonJs(index) => {
            let f = vm.native_function(mc, "loadMain", 0, load_index, Value::Number(index as f64), false);
            invoke::queue_invoke(vm, Kind::Macrotask, Value::Object(f), Value::Undefined, Vec::new(), None, false);
        }
        Entry::Module(index) => match esm::load_graph(mc, vm, index) {
            Ok(records) => {
                let run_main = vm.host_hooks.get(crate::setup::RUN_MAIN).copied().unwrap_or(Value::Undefined);
                invoke::queue_invoke(vm, Kind::MainModule, run_main, Value::Undefined, vec![records], None, false);
            }
            Err(error) => invoke::queue_uncaught_report(vm, error),
        },
    });
}

/// `loadMain()` / the bootstrap loader: requires the module whose index is the native's data.
fn load_index<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    match native_data(ctx) {
        Value::Number(n) => modules::require_index(ctx, n as usize),
        _ => NativeResult::Return(Value::Undefined),
    }
}

/// Runs `bootstrap.js`. Returns false when the process is ending.
fn run_bootstrap(host: &mut Host) -> bool {
    host.rt.with(|mc, vm| match modules::module_for_target(mc, vm, modules::resolve::Target::Stdlib("bootstrap"), false) {
        Ok(index) => {
            let f = vm.native_function(mc, "bootstrap", 0, load_index, Value::Number(index as f64), false);
            invoke::queue_invoke(vm, Kind::Bootstrap, Value::Object(f), Value::Undefined, Vec::new(), None, false);
        }
        Err(_) => {
            crate::output::write(2, "minijs: bootstrap.js is missing\n");
            invoke::request_exit(vm, 70);
        }
    });
    host.drain()
}

/// Runs a prelude script in the global scope.
fn run_prelude(host: &mut Host, path: &Path) -> Result<(), i32> {
    let name = path.display().to_string();
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            crate::output::write(2, &format!("minijs: cannot read prelude {name}: {e}\n"));
            return Err(1);
        }
    };
    let code = match compile_prelude(&text, &name) {
        Ok(c) => c,
        Err(e) => {
            crate::output::write(2, &syntax_report(&e, &name, &text));
            return Err(1);
        }
    };
    with_host(|h| {
        h.remember_source(&name, Rc::from(text.as_str()));
        h.update_loop_time();
    });
    host.rt.with(|mc, vm| {
        let f = vm.function_from_code(mc, &code);
        let global = Value::Object(vm.realm.global);
        invoke::queue_invoke(vm, Kind::Script, f, global, Vec::new(), None, false);
    });
    if host.drain() { Ok(()) } else { Err(host.exit_code()) }
}

thread_local! {
    /// Compiled preludes by name and text: a batch worker (`minijs batch`) runs thousands of test262
    /// tests that share the same few harness files. Compiled code is immutable and realm-independent.
    static PRELUDE_CACHE: RefCell<HashMap<(String, String), Rc<FunctionCode>>> = RefCell::new(HashMap::new());
}

fn compile_prelude(text: &str, name: &str) -> Result<Rc<FunctionCode>, CompileFailure> {
    let key = (name.to_string(), text.to_string());
    if let Some(code) = PRELUDE_CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(code);
    }
    let code = compile_script(text, name, false)?;
    PRELUDE_CACHE.with(|c| c.borrow_mut().insert(key, code.clone()));
    Ok(code)
}
