//! Precompiles the self-hosted built-ins (`src/builtins/js/*.js`, listed in
//! `src/builtins/self_hosted_files.rs`) into one bytecode image, `$OUT_DIR/self_hosted.bin`,
//! which `builtins/self_hosted.rs` decodes at start-up instead of parsing and compiling them.

#[path = "src/builtins/self_hosted_files.rs"]
mod self_hosted_files;

use minijs_compiler::bytecode::image;

fn main() {
    println!("cargo::rerun-if-changed=src/builtins/self_hosted_files.rs");
    println!("cargo::rerun-if-changed=src/builtins/js");
    let mut images = Vec::new();
    for (name, text) in self_hosted_files::SELF_HOSTED {
        // Exactly as the runtime compiled them before images: strict scripts named `minijs:<file>`.
        match minijs_compiler::compile_script(text, &format!("minijs:{name}"), true) {
            Ok(code) => images.push(image::encode(&code)),
            Err(e) => {
                let (line, column) = minijs_parser::line_col(text, e.span.0);
                eprintln!("vm/src/builtins/js/{name}:{line}:{column}: SyntaxError: {}", e.message);
                std::process::exit(1);
            }
        }
    }
    let Some(out_dir) = std::env::var_os("OUT_DIR") else {
        eprintln!("OUT_DIR is not set (cargo sets it for build scripts)");
        std::process::exit(1);
    };
    let path = std::path::Path::new(&out_dir).join("self_hosted.bin");
    if let Err(e) = std::fs::write(&path, image::encode_bundle(&images)) {
        eprintln!("cannot write {}: {e}", path.display());
        std::process::exit(1);
    }
}
