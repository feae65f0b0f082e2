//! Parses a file (or stdin) and prints the AST or the SyntaxError report: a debugging aid.
//! Usage: cargo run -p minijs-parser --example parse -- [--module] [file]
use std::io::Read;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let module = args.iter().any(|a| a == "--module");
    let file = args.iter().find(|a| !a.starts_with("--"));
    let mut src = String::new();
    match file {
        Some(f) => src = std::fs::read_to_string(f).unwrap_or_default(),
        None => {
            let _ = std::io::stdin().read_to_string(&mut src);
        }
    }
    let result = if module { minijs_parser::parse_module(&src) } else { minijs_parser::parse_script(&src) };
    match result {
        Ok(p) => println!("{p:#?}"),
        Err(e) => println!("{}", minijs_parser::render_syntax_error(&e, file.map_or("<stdin>", |s| s), &src)),
    }
}
