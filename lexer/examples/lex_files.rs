//! Developer tool: tokenize files and print one line per file.
//!
//!   cargo run -p minijs-lexer --example lex_files -- [--tokens] FILE...
//!
//! Default output: `path<TAB>ok<TAB>starts<TAB>regexes` where `starts` lists the start offsets
//! of all tokens except template heads/no-substitution templates and inserted semicolons, and
//! `regexes` lists `start-end` of regex literals (used to compare against another parser's
//! tokens), or `path<TAB>error<TAB>message`. With `--tokens`, prints every token instead.
use minijs_lexer::{Token, tokenize};

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let print_tokens = args.first().is_some_and(|a| a == "--tokens");
    if print_tokens {
        args.remove(0);
    }
    for path in args {
        let Ok(source) = std::fs::read_to_string(&path) else {
            println!("{path}\tunreadable");
            continue;
        };
        match tokenize(&source) {
            Err(error) => println!("{path}\terror\t{error}"),
            Ok(lexed) if print_tokens => {
                for ((start, token, end), newline) in lexed.tokens.iter().zip(&lexed.newline_before) {
                    let mark = if *newline { "\\n " } else { "" };
                    println!("{start}..{end}\t{mark}{token:?}");
                }
            }
            Ok(lexed) => {
                let mut starts = Vec::new();
                let mut regexes = Vec::new();
                for (start, token, end) in &lexed.tokens {
                    match token {
                        Token::TemplateHead { .. } | Token::NoSubstTemplate { .. } => {}
                        Token::Semicolon if start == end => {}
                        Token::Regex { .. } => {
                            regexes.push(format!("{start}-{end}"));
                            starts.push(start.to_string());
                        }
                        _ => starts.push(start.to_string()),
                    }
                }
                println!("{path}\tok\t{}\t{}", starts.join(","), regexes.join(","));
            }
        }
    }
}
