//! Date: time values, the constructor forms, Date.now/UTC/parse, getters and setters, and the
//! string forms. Local time is UTC (offset 0, "Coordinated Universal Time"): the engine has no
//! time-zone database, and UTC keeps results reproducible.
//!
//! Arguments that are objects need ToPrimitive/ToNumber, which may run user code: the natives
//! then hand their arguments to the self-hosted helper `dateCoerce` (js/error.js's neighbour
//! in js/date.js), which converts them and calls the same native again with primitives.

use gc_arena::Mutation;

use super::{arg, throw_type};
use crate::exec::native::{Ctx, NativeFn, NativeResult};
use crate::heap::kind::ObjectKind;
use crate::heap::object::{Attrs, Obj, PropertyKey};
use crate::heap::value::Value;
use crate::vm::Vm;

pub const MS_PER_DAY: f64 = 86_400_000.0;
const WEEKDAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

// ---- time arithmetic (ECMA-262 §21.4.1) ------------------------------------------------------

fn day(t: f64) -> f64 {
    (t / MS_PER_DAY).floor()
}

fn time_within_day(t: f64) -> f64 {
    t.rem_euclid(MS_PER_DAY)
}

/// Days from 1970-01-01 to year-month-day (proleptic Gregorian; month 1..=12).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// (year, month 0..=11, day 1..=31) of a day number.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m - 1, d)
}

/// The broken-down fields of a finite time value.
#[derive(Clone, Copy)]
struct Fields {
    year: i64,
    month: i64,
    date: i64,
    hours: i64,
    minutes: i64,
    seconds: i64,
    ms: i64,
    weekday: i64,
}

fn fields(t: f64) -> Fields {
    let d = day(t) as i64;
    let (year, month, date) = civil_from_days(d);
    let within = time_within_day(t) as i64;
    Fields {
        year,
        month,
        date,
        hours: within / 3_600_000,
        minutes: (within / 60_000) % 60,
        seconds: (within / 1000) % 60,
        ms: within % 1000,
        weekday: (d + 4).rem_euclid(7),
    }
}

fn to_integer(n: f64) -> f64 {
    if n.is_nan() { 0.0 } else { n.trunc() }
}

/// MakeTime
fn make_time(h: f64, m: f64, s: f64, ms: f64) -> f64 {
    if !(h.is_finite() && m.is_finite() && s.is_finite() && ms.is_finite()) {
        return f64::NAN;
    }
    to_integer(h) * 3_600_000.0 + to_integer(m) * 60_000.0 + to_integer(s) * 1000.0 + to_integer(ms)
}

/// MakeDay
fn make_day(year: f64, month: f64, date: f64) -> f64 {
    if !(year.is_finite() && month.is_finite() && date.is_finite()) {
        return f64::NAN;
    }
    let (y, m, dt) = (to_integer(year), to_integer(month), to_integer(date));
    let ym = y + (m / 12.0).floor();
    if ym.abs() > 400_000.0 {
        return f64::NAN;
    }
    let mn = m.rem_euclid(12.0);
    let days = days_from_civil(ym as i64, mn as i64 + 1, 1) as f64;
    days + dt - 1.0
}

/// MakeDate
fn make_date(day: f64, time: f64) -> f64 {
    if !(day.is_finite() && time.is_finite()) {
        return f64::NAN;
    }
    let tv = day * MS_PER_DAY + time;
    if tv.is_finite() { tv } else { f64::NAN }
}

/// TimeClip
pub fn time_clip(t: f64) -> f64 {
    if !t.is_finite() || t.abs() > 8.64e15 {
        return f64::NAN;
    }
    to_integer(t) + 0.0
}

fn now() -> f64 {
    match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => d.as_millis() as f64,
        Err(_) => 0.0,
    }
}

// ---- formatting ------------------------------------------------------------------------------

fn year_text(y: i64) -> String {
    if y >= 0 { format!("{y:04}") } else { format!("-{:04}", -y) }
}

fn date_part(f: &Fields) -> String {
    format!("{} {} {:02} {}", WEEKDAYS[f.weekday as usize % 7], MONTHS[f.month as usize % 12], f.date, year_text(f.year))
}

fn time_part(f: &Fields) -> String {
    format!("{:02}:{:02}:{:02} GMT+0000 (Coordinated Universal Time)", f.hours, f.minutes, f.seconds)
}

pub fn to_date_string(t: f64) -> String {
    if t.is_nan() {
        return "Invalid Date".into();
    }
    let f = fields(t);
    format!("{} {}", date_part(&f), time_part(&f))
}

fn to_utc_string(t: f64) -> String {
    if t.is_nan() {
        return "Invalid Date".into();
    }
    let f = fields(t);
    format!(
        "{}, {:02} {} {} {:02}:{:02}:{:02} GMT",
        WEEKDAYS[f.weekday as usize % 7],
        f.date,
        MONTHS[f.month as usize % 12],
        year_text(f.year),
        f.hours,
        f.minutes,
        f.seconds
    )
}

pub fn to_iso_string(t: f64) -> String {
    let f = fields(t);
    let year = if (0..=9999).contains(&f.year) {
        format!("{:04}", f.year)
    } else if f.year < 0 {
        format!("-{:06}", -f.year)
    } else {
        format!("+{:06}", f.year)
    };
    format!("{year}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z", f.month + 1, f.date, f.hours, f.minutes, f.seconds, f.ms)
}

fn locale_date(f: &Fields) -> String {
    format!("{}/{}/{}", f.month + 1, f.date, f.year)
}

fn locale_time(f: &Fields) -> String {
    let h12 = if f.hours % 12 == 0 { 12 } else { f.hours % 12 };
    let ampm = if f.hours < 12 { "AM" } else { "PM" };
    format!("{h12}:{:02}:{:02} {ampm}", f.minutes, f.seconds)
}

// ---- parsing -------------------------------------------------------------------------------

/// The Date Time String Format (ISO 8601 subset); `None` when the text is not in it.
fn parse_iso(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    let mut i = 0;
    let num = |i: &mut usize, n: usize| -> Option<i64> {
        let part = b.get(*i..*i + n)?;
        if !part.iter().all(u8::is_ascii_digit) {
            return None;
        }
        *i += n;
        std::str::from_utf8(part).ok()?.parse().ok()
    };
    let year = match b.first()? {
        b'+' | b'-' => {
            let neg = b[0] == b'-';
            i = 1;
            let y = num(&mut i, 6)?;
            if neg && y == 0 {
                return None;
            }
            if neg { -y } else { y }
        }
        _ => num(&mut i, 4)?,
    };
    let (mut month, mut dayv) = (1, 1);
    if b.get(i) == Some(&b'-') {
        i += 1;
        month = num(&mut i, 2)?;
        if b.get(i) == Some(&b'-') {
            i += 1;
            dayv = num(&mut i, 2)?;
        }
    }
    if !(1..=12).contains(&month) || !(1..=31).contains(&dayv) {
        return None;
    }
    let (mut h, mut m, mut sec, mut ms) = (0, 0, 0, 0);
    let mut offset_min: Option<i64> = Some(0);
    if b.get(i) == Some(&b'T') {
        i += 1;
        h = num(&mut i, 2)?;
        if b.get(i) != Some(&b':') {
            return None;
        }
        i += 1;
        m = num(&mut i, 2)?;
        if b.get(i) == Some(&b':') {
            i += 1;
            sec = num(&mut i, 2)?;
            if b.get(i) == Some(&b'.') {
                i += 1;
                let start = i;
                while b.get(i).is_some_and(u8::is_ascii_digit) {
                    i += 1;
                }
                if i == start {
                    return None;
                }
                let digits = std::str::from_utf8(&b[start..i.min(start + 3)]).ok()?;
                ms = format!("{digits:0<3}").parse().ok()?;
            }
        }
        if h > 24 || m > 59 || sec > 59 || (h == 24 && (m > 0 || sec > 0 || ms > 0)) {
            return None;
        }
        // A date-time without an offset is local time (UTC here).
        offset_min = Some(0);
        match b.get(i) {
            Some(b'Z') => i += 1,
            Some(&c @ (b'+' | b'-')) => {
                i += 1;
                let oh = num(&mut i, 2)?;
                if b.get(i) != Some(&b':') {
                    return None;
                }
                i += 1;
                let om = num(&mut i, 2)?;
                if oh > 23 || om > 59 {
                    return None;
                }
                let total = oh * 60 + om;
                offset_min = Some(if c == b'+' { total } else { -total });
            }
            _ => {}
        }
    }
    if i != b.len() {
        return None;
    }
    // Like V8, a day past the month's end rolls over ("2020-02-30" is March 1).
    let days = make_day(year as f64, (month - 1) as f64, dayv as f64);
    let t = make_date(days, make_time(h as f64, m as f64, sec as f64, ms as f64));
    Some(t - offset_min.unwrap_or(0) as f64 * 60_000.0)
}

/// The formats `toString` and `toUTCString` produce, and similar free-form dates
/// ("Tue Feb 01 2022 10:00:00 GMT+0100 (…)", "Tue, 01 Feb 2022 10:00:00 GMT", "Feb 1 2022").
fn parse_loose(s: &str) -> Option<f64> {
    // Drop parenthesized comments.
    let mut text = String::new();
    let mut depth = 0;
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => text.push(if c == ',' { ' ' } else { c }),
            _ => {}
        }
    }
    let (mut year, mut month, mut dayv) = (None, None, None);
    let (mut h, mut mi, mut sec) = (0i64, 0i64, 0i64);
    let mut offset = 0i64;
    let mut pm: Option<bool> = None;
    for token in text.split_whitespace() {
        let lower = token.to_ascii_lowercase();
        if let Some(idx) = MONTHS.iter().position(|m| lower.starts_with(&m.to_ascii_lowercase())) {
            month = Some(idx as i64);
        } else if WEEKDAYS.iter().any(|w| lower.starts_with(&w.to_ascii_lowercase())) {
            continue;
        } else if lower == "am" || lower == "pm" {
            pm = Some(lower == "pm");
        } else if let Some(rest) =
            lower.strip_prefix("gmt").or_else(|| lower.strip_prefix("utc")).or_else(|| lower.strip_prefix('z').filter(|r| r.is_empty()))
        {
            if !rest.is_empty() {
                let sign = match rest.as_bytes().first() {
                    Some(b'+') => 1,
                    Some(b'-') => -1,
                    _ => return None,
                };
                let digits: String = rest[1..].chars().filter(|c| c.is_ascii_digit()).collect();
                let n: i64 = digits.parse().ok()?;
                let (oh, om) = if digits.len() <= 2 { (n, 0) } else { (n / 100, n % 100) };
                offset = sign * (oh * 60 + om);
            }
        } else if token.contains(':') {
            let parts: Vec<&str> = token.split(':').collect();
            h = parts.first()?.parse().ok()?;
            mi = parts.get(1)?.parse().ok()?;
            sec = match parts.get(2) {
                Some(p) => p.split('.').next()?.parse().ok()?,
                None => 0,
            };
        } else if token.chars().all(|c| c.is_ascii_digit() || c == '-' || c == '+') && !token.is_empty() {
            let n: i64 = token.parse().ok()?;
            if dayv.is_none() && (1..=31).contains(&n) && token.len() <= 2 {
                dayv = Some(n);
            } else if year.is_none() {
                year = Some(n);
            } else if dayv.is_none() {
                dayv = Some(n);
            } else {
                return None;
            }
        } else {
            return None;
        }
    }
    if let Some(p) = pm {
        if h == 12 {
            h = 0;
        }
        if p {
            h += 12;
        }
    }
    let (year, month) = (year?, month?);
    let dayv = dayv.unwrap_or(1);
    let t = make_date(make_day(year as f64, month as f64, dayv as f64), make_time(h as f64, mi as f64, sec as f64, 0.0));
    Some(t - offset as f64 * 60_000.0)
}

pub fn parse_date(s: &str) -> f64 {
    let s = s.trim();
    let t = parse_iso(s).or_else(|| parse_loose(s)).unwrap_or(f64::NAN);
    time_clip(t)
}

// ---- natives -------------------------------------------------------------------------------

fn this_time(v: Value<'_>) -> Option<f64> {
    match v {
        Value::Object(o) => match o.borrow().kind {
            ObjectKind::Date(t) => Some(t),
            _ => None,
        },
        _ => None,
    }
}

fn not_a_date<'gc>(ctx: &mut Ctx<'gc, '_>) -> NativeResult<'gc> {
    throw_type(ctx, "this is not a Date object.")
}

/// When an argument needs user code to become a number (or primitive), the helper converts
/// every argument and calls the native again.
fn needs_coercion(args: &[Value<'_>]) -> bool {
    args.iter().any(|v| matches!(v, Value::Object(_)))
}

fn coerce_and_retry<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>], mode: &str) -> NativeResult<'gc> {
    let helper = ctx.vm.helper("dateCoerce");
    let list = ctx.vm.new_array(ctx.mc, args.to_vec());
    let mode = ctx.vm.str(ctx.mc, mode);
    let nt = ctx.new_target.map(Value::Object).unwrap_or(Value::Undefined);
    NativeResult::Call {
        f: helper,
        this: Value::Undefined,
        args: vec![Value::Object(ctx.callee), this, Value::Object(list), mode, nt],
        then: None,
    }
}

/// ToNumber of a primitive; symbols throw.
fn number<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) -> Result<f64, NativeResult<'gc>> {
    match v.primitive_to_number() {
        Some(n) => Ok(n),
        None => Err(throw_type(ctx, "Cannot convert a Symbol value to a number")),
    }
}

macro_rules! num {
    ($ctx:expr, $v:expr) => {
        match number($ctx, $v) {
            Ok(n) => n,
            Err(r) => return r,
        }
    };
}

fn date_string_value<'gc>(ctx: &mut Ctx<'gc, '_>, s: String) -> NativeResult<'gc> {
    let v = ctx.vm.str(ctx.mc, &s);
    NativeResult::Return(v)
}

fn date_ctor<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(nt) = ctx.new_target else {
        return date_string_value(ctx, to_date_string(now()));
    };
    let tv = match args.len() {
        0 => now(),
        1 => {
            let v = args[0];
            if let Some(t) = this_time(v) {
                t
            } else if let Value::Object(_) = v {
                return coerce_and_retry(ctx, this, args, "primitive");
            } else if let Value::String(s) = v {
                parse_date(&s.to_rust_string())
            } else {
                time_clip(num!(ctx, v))
            }
        }
        _ => {
            if needs_coercion(args) {
                return coerce_and_retry(ctx, this, args, "number");
            }
            let mut n = [f64::NAN, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0];
            for (i, slot) in n.iter_mut().enumerate() {
                if let Some(&v) = args.get(i) {
                    *slot = num!(ctx, v);
                }
            }
            time_clip(make_from_parts(&n))
        }
    };
    let proto = ctx.vm.prototype_from_constructor(ctx.mc, Value::Object(nt), |r| r.date_proto);
    NativeResult::Return(Value::Object(Obj::new(ctx.mc, Some(proto), ObjectKind::Date(tv))))
}

/// The time value of (year, month, date, hours, minutes, seconds, ms), with the two-digit
/// year rule.
fn make_from_parts(n: &[f64; 7]) -> f64 {
    let mut year = n[0];
    if !year.is_nan() {
        let yi = to_integer(year);
        if (0.0..=99.0).contains(&yi) {
            year = 1900.0 + yi;
        }
    }
    make_date(make_day(year, n[1], n[2]), make_time(n[3], n[4], n[5], n[6]))
}

fn date_now<'gc>(_ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    NativeResult::Return(Value::Number(now()))
}

fn date_utc<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if needs_coercion(args) {
        return coerce_and_retry(ctx, this, args, "number");
    }
    let mut n = [f64::NAN, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0];
    for (i, slot) in n.iter_mut().enumerate() {
        if let Some(&v) = args.get(i) {
            *slot = num!(ctx, v);
        }
    }
    NativeResult::Return(Value::Number(time_clip(make_from_parts(&n))))
}

fn date_parse<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let v = arg(args, 0);
    if v.is_object() {
        return coerce_and_retry(ctx, this, args, "string");
    }
    let s = match ctx.vm.primitive_to_string(ctx.mc, v) {
        Ok(s) => s.to_rust_string(),
        Err(e) => return NativeResult::Throw(e),
    };
    NativeResult::Return(Value::Number(parse_date(&s)))
}

/// A getter of a broken-down field (local = UTC).
fn getter<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, pick: fn(&Fields) -> i64) -> NativeResult<'gc> {
    let Some(t) = this_time(this) else { return not_a_date(ctx) };
    if t.is_nan() {
        return NativeResult::Return(Value::Number(f64::NAN));
    }
    NativeResult::Return(Value::Number(pick(&fields(t)) as f64))
}

macro_rules! field_getter {
    ($name:ident, $pick:expr) => {
        fn $name<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
            getter(ctx, this, $pick)
        }
    };
}

field_getter!(get_full_year, |f| f.year);
field_getter!(get_month, |f| f.month);
field_getter!(get_date, |f| f.date);
field_getter!(get_day, |f| f.weekday);
field_getter!(get_hours, |f| f.hours);
field_getter!(get_minutes, |f| f.minutes);
field_getter!(get_seconds, |f| f.seconds);
field_getter!(get_milliseconds, |f| f.ms);
field_getter!(get_year, |f| f.year - 1900);

fn get_time<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    match this_time(this) {
        Some(t) => NativeResult::Return(Value::Number(t)),
        None => not_a_date(ctx),
    }
}

fn get_timezone_offset<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    match this_time(this) {
        Some(t) if t.is_nan() => NativeResult::Return(Value::Number(f64::NAN)),
        Some(_) => NativeResult::Return(Value::Number(0.0)),
        None => not_a_date(ctx),
    }
}

fn set_time_value<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, t: f64) -> NativeResult<'gc> {
    if let Value::Object(o) = this
        && let ObjectKind::Date(slot) = &mut o.borrow_mut(ctx.mc).kind
    {
        *slot = t;
    }
    NativeResult::Return(Value::Number(t))
}

fn set_time<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if this_time(this).is_none() {
        return not_a_date(ctx);
    }
    if needs_coercion(args) {
        return coerce_and_retry(ctx, this, args, "number");
    }
    let t = num!(ctx, arg(args, 0));
    set_time_value(ctx, this, time_clip(t))
}

/// Which fields a setter replaces: the first argument's field index in
/// (year, month, date, hours, minutes, seconds, ms) and how many arguments it takes.
fn setter<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>], first: usize, max: usize) -> NativeResult<'gc> {
    let Some(t) = this_time(this) else { return not_a_date(ctx) };
    if needs_coercion(args) {
        return coerce_and_retry(ctx, this, args, "number");
    }
    let mut given = Vec::new();
    let count = args.len().clamp(1, max);
    for i in 0..count {
        given.push(num!(ctx, arg(args, i)));
    }
    // setFullYear on an invalid date starts from +0; the others stay NaN.
    let base = if t.is_nan() {
        if first == 0 {
            0.0
        } else {
            return NativeResult::Return(Value::Number(f64::NAN));
        }
    } else {
        t
    };
    let f = fields(base);
    let mut parts = [f.year as f64, f.month as f64, f.date as f64, f.hours as f64, f.minutes as f64, f.seconds as f64, f.ms as f64];
    for (i, v) in given.into_iter().enumerate() {
        if let Some(slot) = parts.get_mut(first + i) {
            *slot = v;
        }
    }
    let nt = make_date(make_day(parts[0], parts[1], parts[2]), make_time(parts[3], parts[4], parts[5], parts[6]));
    set_time_value(ctx, this, time_clip(nt))
}

macro_rules! field_setter {
    ($name:ident, $first:expr, $max:expr) => {
        fn $name<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
            setter(ctx, this, args, $first, $max)
        }
    };
}

field_setter!(set_full_year, 0, 3);
field_setter!(set_month, 1, 2);
field_setter!(set_date, 2, 1);
field_setter!(set_hours, 3, 4);
field_setter!(set_minutes, 4, 3);
field_setter!(set_seconds, 5, 2);
field_setter!(set_milliseconds, 6, 1);

/// Annex B setYear: two-digit years mean 19xx.
fn set_year<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(t) = this_time(this) else { return not_a_date(ctx) };
    if needs_coercion(args) {
        return coerce_and_retry(ctx, this, args, "number");
    }
    let y = num!(ctx, arg(args, 0));
    if y.is_nan() {
        return set_time_value(ctx, this, f64::NAN);
    }
    let yi = to_integer(y);
    let year = if (0.0..=99.0).contains(&yi) { 1900.0 + yi } else { y };
    let base = if t.is_nan() { 0.0 } else { t };
    let f = fields(base);
    let d = make_day(year, f.month as f64, f.date as f64);
    set_time_value(ctx, this, time_clip(make_date(d, time_within_day(base))))
}

fn string_method<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, render: fn(f64) -> String) -> NativeResult<'gc> {
    let Some(t) = this_time(this) else { return not_a_date(ctx) };
    date_string_value(ctx, render(t))
}

fn render_or_invalid(t: f64, f: fn(&Fields) -> String) -> String {
    if t.is_nan() { "Invalid Date".into() } else { f(&fields(t)) }
}

fn to_string<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    string_method(ctx, this, to_date_string)
}
fn to_date_string_method<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    string_method(ctx, this, |t| render_or_invalid(t, date_part))
}
fn to_time_string<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    string_method(ctx, this, |t| render_or_invalid(t, time_part))
}
fn to_utc_string_method<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    string_method(ctx, this, to_utc_string)
}
fn to_locale_string<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    string_method(ctx, this, |t| render_or_invalid(t, |f| format!("{}, {}", locale_date(f), locale_time(f))))
}
fn to_locale_date_string<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    string_method(ctx, this, |t| render_or_invalid(t, locale_date))
}
fn to_locale_time_string<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    string_method(ctx, this, |t| render_or_invalid(t, locale_time))
}

fn to_iso_string_method<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(t) = this_time(this) else { return not_a_date(ctx) };
    if t.is_nan() {
        return NativeResult::Throw(ctx.vm.range_error(ctx.mc, "Invalid time value"));
    }
    date_string_value(ctx, to_iso_string(t))
}

pub fn install<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>) {
    let dp = vm.realm.date_proto;
    let ctor = vm.define_constructor(mc, "Date", 7, date_ctor, dp);
    vm.define_method(mc, ctor, "now", 0, date_now);
    vm.define_method(mc, ctor, "UTC", 7, date_utc);
    vm.define_method(mc, ctor, "parse", 1, date_parse);
    let methods: &[(&str, u32, NativeFn)] = &[
        ("getTime", 0, get_time),
        ("valueOf", 0, get_time),
        ("getTimezoneOffset", 0, get_timezone_offset),
        ("getFullYear", 0, get_full_year),
        ("getUTCFullYear", 0, get_full_year),
        ("getMonth", 0, get_month),
        ("getUTCMonth", 0, get_month),
        ("getDate", 0, get_date),
        ("getUTCDate", 0, get_date),
        ("getDay", 0, get_day),
        ("getUTCDay", 0, get_day),
        ("getHours", 0, get_hours),
        ("getUTCHours", 0, get_hours),
        ("getMinutes", 0, get_minutes),
        ("getUTCMinutes", 0, get_minutes),
        ("getSeconds", 0, get_seconds),
        ("getUTCSeconds", 0, get_seconds),
        ("getMilliseconds", 0, get_milliseconds),
        ("getUTCMilliseconds", 0, get_milliseconds),
        ("getYear", 0, get_year),
        ("setTime", 1, set_time),
        ("setFullYear", 3, set_full_year),
        ("setUTCFullYear", 3, set_full_year),
        ("setMonth", 2, set_month),
        ("setUTCMonth", 2, set_month),
        ("setDate", 1, set_date),
        ("setUTCDate", 1, set_date),
        ("setHours", 4, set_hours),
        ("setUTCHours", 4, set_hours),
        ("setMinutes", 3, set_minutes),
        ("setUTCMinutes", 3, set_minutes),
        ("setSeconds", 2, set_seconds),
        ("setUTCSeconds", 2, set_seconds),
        ("setMilliseconds", 1, set_milliseconds),
        ("setUTCMilliseconds", 1, set_milliseconds),
        ("setYear", 1, set_year),
        ("toString", 0, to_string),
        ("toDateString", 0, to_date_string_method),
        ("toTimeString", 0, to_time_string),
        ("toISOString", 0, to_iso_string_method),
        ("toLocaleString", 0, to_locale_string),
        ("toLocaleDateString", 0, to_locale_date_string),
        ("toLocaleTimeString", 0, to_locale_time_string),
    ];
    for &(name, length, f) in methods {
        vm.define_method(mc, dp, name, length, f);
    }
    // toGMTString is the same function object as toUTCString (Annex B).
    let utc = vm.define_method(mc, dp, "toUTCString", 0, to_utc_string_method);
    let key = PropertyKey::String(vm.intern(mc, "toGMTString"));
    dp.set_raw(mc, key, Value::Object(utc), Attrs::HIDDEN);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip() {
        for d in [-800_000i64, -1, 0, 1, 10_957, 19_000, 2_932_896] {
            let (y, m, day) = civil_from_days(d);
            assert_eq!(days_from_civil(y, m + 1, day), d);
        }
    }

    #[test]
    fn iso_and_strings() {
        let t = parse_date("2026-11-29T12:00:00Z");
        assert_eq!(to_iso_string(t), "2026-11-29T12:00:00.000Z");
        assert_eq!(to_date_string(t), "Sun Nov 29 2026 12:00:00 GMT+0000 (Coordinated Universal Time)");
        assert_eq!(parse_date(&to_date_string(t)), t);
        assert_eq!(parse_date(&to_utc_string(t)), t);
        assert_eq!(parse_date("1970"), 0.0);
        assert!(parse_date("2026-13-01").is_nan());
        assert_eq!(to_iso_string(-1.0), "1969-12-31T23:59:59.999Z");
        assert_eq!(to_iso_string(8.64e15), "+275760-09-13T00:00:00.000Z");
    }
}
