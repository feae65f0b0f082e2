//! `cargo run -p minijs-vm --example run -- file.js [--disasm]`: runs a script with a `print` global
//! (a development tool for the engine alone; the real CLI is the `minijs` binary).

#[path = "../tests/support/mod.rs"]
mod support;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: run FILE [--disasm]");
        std::process::exit(2);
    };
    let src = match std::fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    if args.iter().any(|a| a == "--disasm") {
        match minijs_vm::compile_script(&src, path, false) {
            Ok(code) => print!("{}", minijs_vm::bytecode::disasm::disassemble(&code)),
            Err(e) => eprintln!("SyntaxError: {} at {:?}", e.message, e.span),
        }
        return;
    }
    print!("{}", support::run(&src));
}
