//! Writing JavaScript source text: an indenting line writer, fresh names and labels, and literals.

/// Accumulates a program's source. Labels and variable names are numbered in writing order, so a shrunk
/// program still reads `L1, L2, …` from the top.
#[derive(Default)]
pub struct Writer {
    text: String,
    indent: usize,
    next_label: usize,
    next_name: usize,
    next_timer_delay: usize,
    next_later_timer: usize,
}

/// The first delay of a timer scheduled while the main script runs, and the gap between two such timers.
/// Every such timer gets its own delay, growing in source order, which is the order the main script sets
/// them: so a timer set later never has a shorter delay, and no pause of the process (a loaded machine,
/// Node loading a module lazily) can reorder them. The first delay keeps them behind every `setImmediate`
/// of the main tick. Timers set by the main tick's microtasks and ticks come after all of those (their
/// delays are filled in by `finish`, once the main script's timers are counted), in source order too.
pub const FIRST_TIMER_DELAY_MS: usize = 100;
pub const TIMER_GAP_MS: usize = 60;
/// Stands for a later timer's delay until `finish` (never valid JS, so a leftover shows).
const LATER_DELAY_MARK: &str = "$LATER_DELAY_";

impl Writer {
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends one line at the current indentation.
    pub fn line(&mut self, text: impl AsRef<str>) {
        for _ in 0..self.indent {
            self.text.push_str("  ");
        }
        self.text.push_str(text.as_ref());
        self.text.push('\n');
    }

    /// A line that opens a block (`… {`): what follows is indented.
    pub fn open(&mut self, text: impl AsRef<str>) {
        self.line(text);
        self.indent += 1;
    }

    /// A line that closes the current block (`}`, `});`, …).
    pub fn close(&mut self, text: impl AsRef<str>) {
        self.indent = self.indent.saturating_sub(1);
        self.line(text);
    }

    /// Indents what follows, after a line such as `} catch (e) {` written with `close`.
    pub fn indent_more(&mut self) {
        self.indent += 1;
    }

    /// A fresh number for a name the caller builds itself.
    pub fn id(&mut self) -> usize {
        self.next_name += 1;
        self.next_name
    }

    /// A fresh label for console.log, as a JS string literal: `'L7'`.
    pub fn label(&mut self) -> String {
        self.next_label += 1;
        format!("'L{}'", self.next_label)
    }

    /// A fresh variable name with the given prefix: `v3`.
    pub fn name(&mut self, prefix: &str) -> String {
        self.next_name += 1;
        format!("{prefix}{}", self.next_name)
    }

    /// The next distinct delay for a timer set synchronously by the main script.
    pub fn main_tick_timer_delay(&mut self) -> String {
        let delay = FIRST_TIMER_DELAY_MS + self.next_timer_delay * TIMER_GAP_MS;
        self.next_timer_delay += 1;
        delay.to_string()
    }

    /// The next distinct delay for a timer set by a microtask or tick of the main tick: a placeholder
    /// that `finish` replaces with a delay after all the main script's timers.
    pub fn later_timer_delay(&mut self) -> String {
        self.next_later_timer += 1;
        format!("{LATER_DELAY_MARK}{}$", self.next_later_timer - 1)
    }

    pub fn finish(self) -> String {
        let mut text = self.text;
        for n in (0..self.next_later_timer).rev() {
            let delay = FIRST_TIMER_DELAY_MS + (self.next_timer_delay + n) * TIMER_GAP_MS;
            text = text.replace(&format!("{LATER_DELAY_MARK}{n}$"), &delay.to_string());
        }
        text
    }
}

/// A JavaScript string literal (single-quoted) for a Rust string.
pub fn js_string(s: &str) -> String {
    let mut out = String::from("'");
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// A JavaScript expression for a double, exact (it parses back to the same bits), parenthesized when
/// negative so it can stand anywhere.
pub fn js_number(x: f64) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "Infinity".into() } else { "(-Infinity)".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "(-0)".into() } else { "0".into() };
    }
    let magnitude = x.abs();
    // Rust's `Display` and `LowerExp` both print the shortest digits that round-trip.
    let body = if (1e-6..1e21).contains(&magnitude) { format!("{magnitude}") } else { format!("{magnitude:e}") };
    if x < 0.0 { format!("(-{body})") } else { body }
}
