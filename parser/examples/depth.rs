//! Measures how deep an expression the parser survives with a given stack (a debugging aid).
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let depth: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(1000);
    let kind = args.get(2).cloned().unwrap_or_default();
    let src = match kind.as_str() {
        "add" => format!("x = {}1", "1+".repeat(depth)),
        "arr" => format!("x = {}{}", "[".repeat(depth), "]".repeat(depth)),
        "else" => format!("{}x", "if (a) {} else ".repeat(depth)),
        "fn" => format!("{}{}", "function f(){".repeat(depth), "}".repeat(depth)),
        _ => format!("x = {}1{}", "(".repeat(depth), ")".repeat(depth)),
    };
    let handle = std::thread::Builder::new().stack_size(2 << 20).spawn(move || minijs_parser::parse_script(&src).is_ok()).expect("thread");
    println!("{:?}", handle.join());
}
