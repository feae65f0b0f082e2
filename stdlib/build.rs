//! Precompiles the stdlib's JavaScript files (`js/`, listed in `src/modules/stdlib_files.rs`)
//! into one bytecode image, `$OUT_DIR/stdlib.bin`, and the host's glue (`src/glue.js`) into
//! `$OUT_DIR/glue.bin`, which `src/modules/precompiled.rs` decodes instead of parsing and
//! compiling them at every start.

#[path = "src/modules/stdlib_files.rs"]
mod stdlib_files;
// The same wrapper code the loader compiles with; the build uses only part of it.
#[allow(dead_code)]
#[path = "src/modules/wrapper.rs"]
mod wrapper;

use minijs_compiler::bytecode::image;

fn main() {
    println!("cargo::rerun-if-changed=src/modules/stdlib_files.rs");
    println!("cargo::rerun-if-changed=src/modules/wrapper.rs");
    println!("cargo::rerun-if-changed=js");
    println!("cargo::rerun-if-changed=src/glue.js");
    let mut images = Vec::new();
    for (name, text) in stdlib_files::STDLIB_FILES {
        match wrapper::compile_wrapper(text, &stdlib_files::stdlib_source_name(name), wrapper::STDLIB_PARAMS) {
            Ok(code) => images.push(image::encode(&code)),
            Err(e) => {
                let (line, column) = minijs_parser::line_col(text, e.span.0);
                eprintln!("stdlib/js/{name}.js:{line}:{column}: SyntaxError: {}", e.message);
                std::process::exit(1);
            }
        }
    }
    write_output("stdlib.bin", &image::encode_bundle(&images));
    let (glue_name, glue_text) = stdlib_files::GLUE;
    match minijs_compiler::compile_script(glue_text, glue_name, true) {
        Ok(code) => write_output("glue.bin", &image::encode(&code)),
        Err(e) => {
            let (line, column) = minijs_parser::line_col(glue_text, e.span.0);
            eprintln!("stdlib/src/glue.js:{line}:{column}: SyntaxError: {}", e.message);
            std::process::exit(1);
        }
    }
}

fn write_output(file: &str, bytes: &[u8]) {
    let Some(out_dir) = std::env::var_os("OUT_DIR") else {
        eprintln!("OUT_DIR is not set (cargo sets it for build scripts)");
        std::process::exit(1);
    };
    let path = std::path::Path::new(&out_dir).join(file);
    if let Err(e) = std::fs::write(&path, bytes) {
        eprintln!("cannot write {}: {e}", path.display());
        std::process::exit(1);
    }
}
