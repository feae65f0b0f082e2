//! Differential testing against Node: being written (see tests/README.md once it lands).
fn main() {
    println!("differential: SKIPPED (not written yet)");
}
