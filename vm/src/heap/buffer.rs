//! ArrayBuffer storage and the element types of typed arrays and DataView: the bytes live in
//! the buffer object's kind (`ObjectKind::ArrayBuffer`); views keep the buffer object, an offset
//! and a length. The conversions here are the spec's NumericToRawBytes / RawBytesToNumeric.

use gc_arena::Collect;
use num_bigint::{BigInt, Sign};

use super::kind::ObjectKind;
use super::object::Obj;

/// The bytes of an ArrayBuffer; `detached` once transferred or detached by the host;
/// `max_byte_length` for resizable buffers (the bytes grow on `resize`, never in advance).
#[derive(Collect, Default)]
#[collect(require_static)]
pub struct BufferData {
    pub bytes: Vec<u8>,
    pub detached: bool,
    pub max_byte_length: Option<usize>,
}

/// The element type of a typed array (also the value types of DataView get/set).
#[derive(Collect, Clone, Copy, PartialEq, Eq, Debug)]
#[collect(require_static)]
pub enum ElementType {
    Int8,
    Uint8,
    Uint8Clamped,
    Int16,
    Uint16,
    Int32,
    Uint32,
    Float32,
    Float64,
    BigInt64,
    BigUint64,
}

impl ElementType {
    /// In the order of the spec's table of TypedArray constructors (also the index the
    /// self-hosted code passes around).
    pub const ALL: [ElementType; 11] = [
        ElementType::Int8,
        ElementType::Uint8,
        ElementType::Uint8Clamped,
        ElementType::Int16,
        ElementType::Uint16,
        ElementType::Int32,
        ElementType::Uint32,
        ElementType::Float32,
        ElementType::Float64,
        ElementType::BigInt64,
        ElementType::BigUint64,
    ];

    pub fn from_index(i: f64) -> Option<ElementType> {
        if i >= 0.0 && i.fract() == 0.0 { Self::ALL.get(i as usize).copied() } else { None }
    }

    pub fn index(self) -> usize {
        Self::ALL.iter().position(|t| *t == self).unwrap_or(0)
    }

    pub fn size(self) -> usize {
        match self {
            ElementType::Int8 | ElementType::Uint8 | ElementType::Uint8Clamped => 1,
            ElementType::Int16 | ElementType::Uint16 => 2,
            ElementType::Int32 | ElementType::Uint32 | ElementType::Float32 => 4,
            ElementType::Float64 | ElementType::BigInt64 | ElementType::BigUint64 => 8,
        }
    }

    pub fn is_bigint(self) -> bool {
        matches!(self, ElementType::BigInt64 | ElementType::BigUint64)
    }

    /// The constructor name ("Uint8Array").
    pub fn name(self) -> &'static str {
        match self {
            ElementType::Int8 => "Int8Array",
            ElementType::Uint8 => "Uint8Array",
            ElementType::Uint8Clamped => "Uint8ClampedArray",
            ElementType::Int16 => "Int16Array",
            ElementType::Uint16 => "Uint16Array",
            ElementType::Int32 => "Int32Array",
            ElementType::Uint32 => "Uint32Array",
            ElementType::Float32 => "Float32Array",
            ElementType::Float64 => "Float64Array",
            ElementType::BigInt64 => "BigInt64Array",
            ElementType::BigUint64 => "BigUint64Array",
        }
    }
}

/// A value already converted for storage: a Number for the numeric types, the low 64 bits of
/// a BigInt for the BigInt types.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Numeric {
    Number(f64),
    Bits64(u64),
}

/// A value read from storage.
#[derive(Clone, Debug, PartialEq)]
pub enum Element {
    Number(f64),
    BigInt(BigInt),
}

/// ToUint32's modular conversion; the narrower integer types keep its low bits (which is the
/// same as reducing modulo their own width).
fn modular_u32(n: f64) -> u32 {
    if !n.is_finite() {
        return 0;
    }
    n.trunc().rem_euclid(4_294_967_296.0) as u32
}

/// ToUint8Clamp: round half to even, clamped to 0..=255.
fn clamp_u8(n: f64) -> u8 {
    if n.is_nan() || n <= 0.0 {
        return 0;
    }
    if n >= 255.0 {
        return 255;
    }
    let f = n.floor();
    let half = f + 0.5;
    let r = if n > half {
        f + 1.0
    } else if n < half || f % 2.0 == 0.0 {
        f
    } else {
        f + 1.0
    };
    r as u8
}

/// The low 64 bits of a BigInt in two's complement (ToBigInt64 / ToBigUint64 before the sign).
pub fn bigint_low_bits(b: &BigInt) -> u64 {
    let (sign, digits) = b.to_u64_digits();
    let low = digits.first().copied().unwrap_or(0);
    if sign == Sign::Minus { low.wrapping_neg() } else { low }
}

/// NumericToRawBytes into `out` (which has exactly `ty.size()` bytes).
pub fn encode(ty: ElementType, value: Numeric, little: bool, out: &mut [u8]) {
    let n = match value {
        Numeric::Number(n) => n,
        Numeric::Bits64(b) => b as i64 as f64,
    };
    let bits = match value {
        Numeric::Bits64(b) => b,
        Numeric::Number(_) => 0,
    };
    let mut raw = [0u8; 8];
    let size = ty.size();
    match ty {
        ElementType::Int8 | ElementType::Uint8 => raw[0] = modular_u32(n) as u8,
        ElementType::Uint8Clamped => raw[0] = clamp_u8(n),
        ElementType::Int16 | ElementType::Uint16 => raw[..2].copy_from_slice(&(modular_u32(n) as u16).to_le_bytes()),
        ElementType::Int32 | ElementType::Uint32 => raw[..4].copy_from_slice(&modular_u32(n).to_le_bytes()),
        ElementType::Float32 => raw[..4].copy_from_slice(&(n as f32).to_bits().to_le_bytes()),
        ElementType::Float64 => raw.copy_from_slice(&n.to_bits().to_le_bytes()),
        ElementType::BigInt64 | ElementType::BigUint64 => raw.copy_from_slice(&bits.to_le_bytes()),
    }
    let raw = &mut raw[..size];
    if !little {
        raw.reverse();
    }
    for (dst, src) in out.iter_mut().zip(raw.iter()) {
        *dst = *src;
    }
}

/// RawBytesToNumeric from `bytes` (exactly `ty.size()` bytes).
pub fn decode(ty: ElementType, bytes: &[u8], little: bool) -> Element {
    let mut raw = [0u8; 8];
    let size = ty.size();
    for (dst, src) in raw.iter_mut().zip(bytes.iter().take(size)) {
        *dst = *src;
    }
    if !little {
        raw[..size].reverse();
    }
    let u = u64::from_le_bytes(raw);
    match ty {
        ElementType::Int8 => Element::Number(u as u8 as i8 as f64),
        ElementType::Uint8 | ElementType::Uint8Clamped => Element::Number(u as u8 as f64),
        ElementType::Int16 => Element::Number(u as u16 as i16 as f64),
        ElementType::Uint16 => Element::Number(u as u16 as f64),
        ElementType::Int32 => Element::Number(u as u32 as i32 as f64),
        ElementType::Uint32 => Element::Number(u as u32 as f64),
        ElementType::Float32 => Element::Number(f32::from_bits(u as u32) as f64),
        ElementType::Float64 => Element::Number(f64::from_bits(u)),
        ElementType::BigInt64 => Element::BigInt(BigInt::from(u as i64)),
        ElementType::BigUint64 => Element::BigInt(BigInt::from(u)),
    }
}

/// A typed array: its buffer object and the window of it the array covers. `tracking`: a
/// length-tracking view of a resizable buffer (its length follows the buffer's; `length` is
/// unused).
#[derive(Collect, Clone, Copy)]
#[collect(no_drop)]
pub struct TypedArrayData<'gc> {
    #[collect(require_static)]
    pub ty: ElementType,
    pub buffer: Obj<'gc>,
    pub byte_offset: usize,
    pub length: usize,
    pub tracking: bool,
}

/// A DataView: its buffer object and window (`tracking` as for typed arrays).
#[derive(Collect, Clone, Copy)]
#[collect(no_drop)]
pub struct ViewData<'gc> {
    pub buffer: Obj<'gc>,
    pub byte_offset: usize,
    pub byte_length: usize,
    pub tracking: bool,
}

/// The current byte length of a buffer, `None` once detached (or for non-buffers).
pub fn buffer_byte_length(buffer: Obj<'_>) -> Option<usize> {
    match &buffer.borrow().kind {
        ObjectKind::ArrayBuffer(b) if !b.detached => Some(b.bytes.len()),
        _ => None,
    }
}

/// The byte length of a view window at the buffer's current size: `None` when it is out of
/// bounds (IsTypedArrayOutOfBounds / IsViewOutOfBounds, detached included).
pub fn window_byte_length(buffer: Obj<'_>, byte_offset: usize, byte_length: usize, tracking: bool) -> Option<usize> {
    let len = buffer_byte_length(buffer)?;
    if byte_offset > len {
        return None;
    }
    if tracking {
        return Some(len - byte_offset);
    }
    let end = byte_offset.checked_add(byte_length)?;
    if end > len { None } else { Some(byte_length) }
}

impl ViewData<'_> {
    /// GetViewByteLength, `None` when out of bounds.
    pub fn current_byte_length(&self) -> Option<usize> {
        window_byte_length(self.buffer, self.byte_offset, self.byte_length, self.tracking)
    }
}

/// Whether the buffer object is a detached ArrayBuffer (non-buffers count as detached: a view
/// never points at anything else).
pub fn is_detached(buffer: Obj<'_>) -> bool {
    match &buffer.borrow().kind {
        ObjectKind::ArrayBuffer(b) => b.detached,
        _ => true,
    }
}

impl<'gc> TypedArrayData<'gc> {
    /// TypedArrayLength, 0 when out of bounds (detached, or the buffer shrank under it).
    pub fn current_length(&self) -> usize {
        let size = self.ty.size();
        window_byte_length(self.buffer, self.byte_offset, self.length.saturating_mul(size), self.tracking).map_or(0, |b| b / size)
    }

    /// IsTypedArrayOutOfBounds.
    pub fn is_out_of_bounds(&self) -> bool {
        window_byte_length(self.buffer, self.byte_offset, self.length.saturating_mul(self.ty.size()), self.tracking).is_none()
    }

    /// Reads element `index`, `None` when it is not a valid integer index.
    pub fn read(&self, index: usize) -> Option<Element> {
        if index >= self.current_length() {
            return None;
        }
        let size = self.ty.size();
        let start = self.byte_offset.checked_add(index.checked_mul(size)?)?;
        let data = self.buffer.borrow();
        let ObjectKind::ArrayBuffer(b) = &data.kind else { return None };
        let bytes = b.bytes.get(start..start.checked_add(size)?)?;
        Some(decode(self.ty, bytes, true))
    }

    /// Writes element `index` when it is a valid integer index (otherwise nothing happens).
    pub fn write(&self, mc: &gc_arena::Mutation<'gc>, index: usize, value: Numeric) {
        if index >= self.current_length() {
            return;
        }
        let size = self.ty.size();
        let Some(start) = index.checked_mul(size).and_then(|o| o.checked_add(self.byte_offset)) else { return };
        let Some(end) = start.checked_add(size) else { return };
        let mut data = self.buffer.borrow_mut(mc);
        if let ObjectKind::ArrayBuffer(b) = &mut data.kind
            && let Some(slot) = b.bytes.get_mut(start..end)
        {
            encode(self.ty, value, true, slot);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round(ty: ElementType, n: f64) -> f64 {
        let mut out = [0u8; 8];
        encode(ty, Numeric::Number(n), true, &mut out[..ty.size()]);
        match decode(ty, &out, true) {
            Element::Number(v) => v,
            Element::BigInt(_) => f64::NAN,
        }
    }

    #[test]
    fn integer_conversions_wrap() {
        assert_eq!(round(ElementType::Int8, 128.0), -128.0);
        assert_eq!(round(ElementType::Uint8, -1.0), 255.0);
        assert_eq!(round(ElementType::Uint16, 65537.5), 1.0);
        assert_eq!(round(ElementType::Int32, 2147483648.0), -2147483648.0);
        assert_eq!(round(ElementType::Uint32, -1.0), 4294967295.0);
        assert_eq!(round(ElementType::Int16, f64::NAN), 0.0);
        assert_eq!(round(ElementType::Int16, f64::INFINITY), 0.0);
    }

    #[test]
    fn clamped_rounds_half_to_even() {
        assert_eq!(round(ElementType::Uint8Clamped, 1.5), 2.0);
        assert_eq!(round(ElementType::Uint8Clamped, 2.5), 2.0);
        assert_eq!(round(ElementType::Uint8Clamped, 2.6), 3.0);
        assert_eq!(round(ElementType::Uint8Clamped, 300.0), 255.0);
        assert_eq!(round(ElementType::Uint8Clamped, -3.0), 0.0);
    }

    #[test]
    fn floats_and_endianness() {
        assert_eq!(round(ElementType::Float32, 1.1), 1.1f32 as f64);
        let mut out = [0u8; 2];
        encode(ElementType::Uint16, Numeric::Number(258.0), false, &mut out);
        assert_eq!(out, [1, 2]);
        assert_eq!(decode(ElementType::Uint16, &out, false), Element::Number(258.0));
    }

    #[test]
    fn bigint_bits() {
        assert_eq!(bigint_low_bits(&BigInt::from(-1)), u64::MAX);
        let mut out = [0u8; 8];
        encode(ElementType::BigInt64, Numeric::Bits64(u64::MAX), true, &mut out);
        assert_eq!(decode(ElementType::BigInt64, &out, true), Element::BigInt(BigInt::from(-1)));
        assert_eq!(decode(ElementType::BigUint64, &out, true), Element::BigInt(BigInt::from(u64::MAX)));
    }
}
