// Self-hosted DataView parts: the constructor's argument checks and the get/set methods (their
// ToIndex / ToNumber / ToBigInt conversions run user code). Bounds checks and the byte
// conversions are native (`data_view.rs`, natives via `$.helper('dataViewNatives')`).
(function ($) {
  'use strict';
  const D = $.helper('dataViewNatives');
  const B = $.helper('arrayBufferNatives');
  const DataViewProto = DataView.prototype;
  const toIndex = $.toIndex;
  const toBigInt = $.toBigInt;
  const $TypeError = TypeError;
  const $RangeError = RangeError;

  $.register('dataViewCreate', function dataViewCreate(proto, buffer, byteOffset, byteLength) {
    if (B.state(buffer) === -2) throw new $TypeError('First argument to DataView constructor must be an ArrayBuffer');
    const offset = toIndex(byteOffset, `Start offset ${byteOffset} is outside the bounds of the buffer`);
    if (B.state(buffer) === -1) throw new $TypeError('Cannot perform DataView constructor on a detached ArrayBuffer');
    let bufferLength = B.state(buffer);
    if (offset > bufferLength) throw new $RangeError(`Start offset ${offset} is outside the bounds of the buffer`);
    let viewLength;
    const tracking = byteLength === undefined && B.maxLength(buffer) >= 0;
    if (byteLength === undefined) {
      viewLength = bufferLength - offset;
    } else {
      viewLength = toIndex(byteLength, `Invalid DataView length ${byteLength}`);
      if (offset + viewLength > bufferLength) throw new $RangeError(`Invalid DataView length ${byteLength}`);
    }
    bufferLength = B.state(buffer);
    if (bufferLength === -1) throw new $TypeError('Cannot perform DataView constructor on a detached ArrayBuffer');
    if (offset > bufferLength || offset + viewLength > bufferLength) throw new $RangeError(`Invalid DataView length ${byteLength}`);
    if (tracking) return D.create(proto, buffer, offset, undefined);
    return D.create(proto, buffer, offset, viewLength);
  });

  function requireView(v, method) {
    if (!D.isView(v)) throw new $TypeError(`Method DataView.prototype.${method} called on incompatible receiver ${typeof v === 'object' && v !== null ? '#<Object>' : `${v}`}`);
  }

  // The element type indices of heap/buffer.rs (ElementType::ALL), without Uint8Clamped.
  const TYPES = [['Int8', 0], ['Uint8', 1], ['Int16', 3], ['Uint16', 4], ['Int32', 5], ['Uint32', 6], ['Float32', 7], ['Float64', 8], ['BigInt64', 9], ['BigUint64', 10]];
  for (let i = 0; i < TYPES.length; i++) {
    const name = TYPES[i][0];
    const type = TYPES[i][1];
    const getName = `get${name}`;
    const setName = `set${name}`;
    const methods = {
      get(byteOffset) {
        requireView(this, getName);
        const index = toIndex(byteOffset, 'Offset is outside the bounds of the DataView');
        const little = arguments.length > 1 ? !!arguments[1] : false;
        return D.get(this, index, type, little);
      },
      set(byteOffset, value) {
        requireView(this, setName);
        const index = toIndex(byteOffset, 'Offset is outside the bounds of the DataView');
        const converted = type >= 9 ? toBigInt(value) : +value;
        const little = arguments.length > 2 ? !!arguments[2] : false;
        D.set(this, index, type, converted, little);
        return undefined;
      },
    };
    $.setFunctionName(methods.get, getName);
    $.setFunctionName(methods.set, setName);
    $.define(DataViewProto, getName, methods.get, 5);
    $.define(DataViewProto, setName, methods.set, 5);
  }
})
