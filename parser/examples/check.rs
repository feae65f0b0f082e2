//! Parses every file given on the command line (`.mjs` as modules, others as scripts, falling
//! back to module like Node) and prints the failures: a corpus check.
fn main() {
    let mut failed = 0;
    let files: Vec<String> = std::env::args().skip(1).collect();
    for f in &files {
        let Ok(src) = std::fs::read_to_string(f) else {
            continue;
        };
        let result = if f.ends_with(".mjs") {
            minijs_parser::parse_module(&src)
        } else {
            minijs_parser::parse_script(&src).or_else(|e| minijs_parser::parse_module(&src).map_err(|_| e))
        };
        if let Err(e) = result {
            failed += 1;
            println!("{}", minijs_parser::render_syntax_error(&e, f, &src));
        }
    }
    println!("{failed}/{} failed", files.len());
}
