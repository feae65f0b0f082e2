//! The opcode table: the single source of truth for the instruction set. One line per opcode
//! (name, operands, doc) generates the `Op` enum, its names for the disassembler, and its
//! encoding in bytecode images (opcode byte = index in the table, operands as `u32`). The
//! machine is a stack machine with per-frame local slots and heap cells for captured bindings.
//! `[a b -> c]` documents the operand-stack effect (top of stack on the right).

macro_rules! ops {
    ($( $(#[doc = $doc:expr])* $name:ident $({ $($field:ident : $ty:ty),* })? ; )*) => {
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub enum Op {
            $( $(#[doc = $doc])* $name $({ $($field: $ty),* })? , )*
        }
        impl Op {
            pub fn name(&self) -> &'static str {
                match self { $( Op::$name { .. } => stringify!($name), )* }
            }
        }
        /// Every opcode name, in table order (for tests and documentation).
        pub const OP_NAMES: &[&str] = &[ $( stringify!($name), )* ];

        /// The operand-free twin of `Op`: its discriminant is the instruction's opcode byte in
        /// a bytecode image (the index in the table).
        #[derive(Clone, Copy)]
        enum Opcode {
            $( $name, )*
        }
        /// Every `Opcode` by its byte.
        const OPCODES: &[Opcode] = &[ $( Opcode::$name, )* ];

        impl Op {
            /// Appends the opcode byte (the index in the table), then each operand in table
            /// order as a little-endian `u32`.
            pub fn encode(&self, out: &mut Vec<u8>) {
                match *self {
                    $( Op::$name $({ $($field),* })? => {
                        out.push(Opcode::$name as u8);
                        $($( out.extend_from_slice(&Operand::widen($field).to_le_bytes()); )*)?
                    } )*
                }
            }

            /// The instruction with opcode byte `opcode`, its operands taken from `operand` in
            /// table order. `None` for an unknown opcode, a missing operand or one out of its
            /// type's range.
            pub fn decode(opcode: u8, operand: &mut impl FnMut() -> Option<u32>) -> Option<Op> {
                Some(match OPCODES.get(opcode as usize)? {
                    $( Opcode::$name => Op::$name $({ $($field: <$ty as Operand>::narrow(operand()?)?),* })?, )*
                })
            }
        }
    };
}

/// Opcode bytes are `u8`.
const _: () = assert!(OP_NAMES.len() <= 256);

/// An operand type as stored in a bytecode image: a `u32`.
trait Operand: Sized {
    fn widen(self) -> u32;
    fn narrow(raw: u32) -> Option<Self>;
}

impl Operand for u32 {
    fn widen(self) -> u32 {
        self
    }
    fn narrow(raw: u32) -> Option<Self> {
        Some(raw)
    }
}

impl Operand for i32 {
    fn widen(self) -> u32 {
        self as u32
    }
    fn narrow(raw: u32) -> Option<Self> {
        Some(raw as i32)
    }
}

impl Operand for bool {
    fn widen(self) -> u32 {
        u32::from(self)
    }
    fn narrow(raw: u32) -> Option<Self> {
        match raw {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
}

/// Indexes into a function's constant pool.
pub type ConstIdx = u32;
/// Absolute instruction index in the same function.
pub type Target = u32;

ops! {
    // ---- constants
    /// `[-> undefined]`
    Undefined;
    /// `[-> null]`
    Null;
    /// `[-> true]`
    True;
    /// `[-> false]`
    False;
    /// `[-> n]` a small integer
    Int { value: i32 };
    /// `[-> k]` a number, string or BigInt from the constant pool
    Const { index: ConstIdx };
    /// `[-> <empty>]` the TDZ / hole marker
    Empty;

    // ---- stack shuffling
    /// `[a ->]`
    Pop;
    /// `[a -> a a]`
    Dup;
    /// `[a b -> a b a b]`
    Dup2;
    /// `[a b -> b a]`
    Swap;
    /// `[a b -> a b a]`
    Over;
    /// `[a b c -> c a b]`
    RotRight3;
    /// `[a b c d -> d a b c]`
    RotRight4;
    /// `[a b c -> b c a]`
    RotLeft3;

    // ---- bindings
    /// `[-> v]` a local slot
    GetLocal { slot: u32 };
    /// `[v -> v]` store into a local slot, keep the value
    SetLocal { slot: u32 };
    /// `[-> v]` a local slot that may be in its TDZ: ReferenceError naming `name`
    GetLocalChecked { slot: u32, name: ConstIdx };
    /// `[-> v]` a captured binding of this frame
    GetCell { cell: u32 };
    /// `[v -> v]`
    SetCell { cell: u32 };
    /// `[-> v]` TDZ-checked cell read
    GetCellChecked { cell: u32, name: ConstIdx };
    /// Replace this frame's cell with a fresh one holding `<empty>` (entering a block scope).
    NewCell { cell: u32 };
    /// Replace this frame's cell with a fresh one holding the same value (per-iteration `let`).
    CopyCell { cell: u32 };
    /// `[-> v]` a binding captured by this closure
    GetUpval { index: u32 };
    /// `[v -> v]`
    SetUpval { index: u32 };
    /// `[-> v]` TDZ-checked upvalue read
    GetUpvalChecked { index: u32, name: ConstIdx };
    /// `[-> v]` a global binding (lexical, then global object); ReferenceError when missing
    GetGlobal { name: ConstIdx };
    /// `[-> v]` like GetGlobal but `undefined` when missing (for `typeof x`)
    GetGlobalOrUndefined { name: ConstIdx };
    /// `[v -> v]` assign a global (strict: ReferenceError when missing)
    SetGlobal { name: ConstIdx, strict: bool };
    /// Declare a global `var`/function binding (a property of the global object)
    DeclareGlobalVar { name: ConstIdx };
    /// Declare a global `let`/`const`/`class` binding, in its TDZ
    DeclareGlobalLexical { name: ConstIdx, constant: bool };
    /// `[v -> v]` initialize a global lexical binding
    InitGlobalLexical { name: ConstIdx };
    /// Throw `TypeError: Assignment to constant variable.`
    ThrowConstAssign;
    /// `[-> v]` the binding of an ES module import, via the module's import table
    GetImport { index: u32, name: ConstIdx };

    // ---- function context
    /// `[-> this]` as received by the call (before any binding of `this`)
    LoadThis;
    /// `[-> f]` the running function object
    LoadCallee;
    /// `[-> nt]` new.target as received
    LoadNewTarget;
    /// `[-> args]` an unmapped arguments object of the call's arguments
    CreateArguments;
    /// `[-> args]` a mapped arguments object: index `i` aliases the cell `mapped_params[i]`
    MappedArguments;
    /// `[-> array]` the call's arguments from index `start` on
    RestArgs { start: u32 };
    /// `[-> home.[[Prototype]]]` base for `super.x`, from the running function's home object
    SuperBase;

    // ---- properties
    /// `[obj -> obj.name]`
    GetProp { name: ConstIdx };
    /// `[obj -> obj obj.name]` (method calls)
    GetPropKeep { name: ConstIdx };
    /// `[obj key -> obj[key]]`
    GetElem;
    /// `[obj key -> obj obj[key]]`
    GetElemKeep;
    /// `[obj v -> v]` obj.name = v
    SetProp { name: ConstIdx };
    /// `[obj key v -> v]` obj[key] = v
    SetElem;
    /// `[base this -> v]` super.name read with receiver `this`
    GetSuperProp { name: ConstIdx };
    /// `[base this key -> v]`
    GetSuperElem;
    /// `[base this v -> v]`
    SetSuperProp { name: ConstIdx };
    /// `[base this key v -> v]`
    SetSuperElem;
    /// `[obj -> bool]`
    DeleteProp { name: ConstIdx };
    /// `[obj key -> bool]`
    DeleteElem;
    /// `[key obj -> bool]` the `in` operator
    In;
    /// `[priv obj -> bool]` `#x in obj`
    PrivateIn;
    /// `[obj priv -> v]` obj.#x (priv is the private-name symbol)
    GetPrivate;
    /// `[obj priv v -> v]`
    SetPrivate;
    /// `[obj priv v -> obj]` add a private field or method to obj
    DefinePrivate;
    /// `[obj priv f -> obj]` add (or complete) a private getter or setter on obj
    DefinePrivateAccessor { setter: bool };
    /// `[-> sym]` a fresh private name (one per class evaluation) described as `#name`
    NewPrivateName { name: ConstIdx };

    // ---- object and array literals
    /// `[-> {}]`
    NewObject;
    /// `[e0 … e(count-1) -> array]`
    NewArray { count: u32 };
    /// `[array v -> array]`
    ArrayPush;
    /// `[array -> array]` append a hole
    ArrayPushHole;
    /// `[array iterable -> array]` append every value of an iterable (fast for arrays)
    ArraySpread;
    /// `[obj v -> obj]` define an enumerable data property
    DefineField { name: ConstIdx };
    /// `[obj key v -> obj]`
    DefineElem;
    /// `[obj f -> obj]` define method `name` (non-enumerable when `hidden`), setting its home
    DefineMethod { name: ConstIdx, hidden: bool };
    /// `[obj key f -> obj]`
    DefineMethodElem { hidden: bool };
    /// `[obj f -> obj]` getter (`setter` = false) or setter
    DefineAccessor { name: ConstIdx, setter: bool, hidden: bool };
    /// `[obj key f -> obj]`
    DefineAccessorElem { setter: bool, hidden: bool };
    /// `[obj src -> obj]` object spread `{...src}`
    CopyDataProperties;
    /// `[obj src excluded0 … excluded(count-1) -> obj]` rest of a destructured object
    CopyDataPropertiesExcluding { count: u32 };
    /// `[obj proto -> obj]` `__proto__: v` in a literal
    SetProtoLiteral;
    /// `[obj f -> obj f]` make obj the home object of method f (for `super`)
    SetHomeObject;
    /// `[f name -> f]` set the `name` of an anonymous function (computed keys)
    SetFunctionName { prefix: ConstIdx };

    // ---- functions and classes
    /// `[-> closure]` instantiate child function `index` capturing this frame's cells
    Closure { index: u32 };
    /// `[heritage? -> ctor proto]` create a class from child `ctor` (a constructor function);
    /// `derived` pops the heritage (the value after `extends`)
    MakeClass { ctor: u32, derived: bool, name: ConstIdx };
    /// `[ctor initializer -> ctor]` install the instance-field initializer function
    SetFieldInitializer;
    /// Run the field initializer of the running class constructor on `this` (base classes:
    /// at entry; derived: right after `super()` returns).
    InitFields;

    // ---- calls
    /// `[this f a0 … a(argc-1) -> result]`
    Call { argc: u32 };
    /// `[this f argsArray -> result]`
    CallSpread;
    /// `[f a0 … -> obj]` `new f(…)`
    New { argc: u32 };
    /// `[f argsArray -> obj]`
    NewSpread;
    /// `[a0 … -> this]` `super(…)` in a derived constructor (the compiler then binds `this`)
    SuperCall { argc: u32 };
    /// `[argsArray -> this]`
    SuperCallSpread;
    /// `[v ->]` return from the function
    Return;
    /// `[v ->]`
    Throw;
    /// Throw a `TypeError` with the constant message
    ThrowTypeError { message: ConstIdx };
    /// `[v -> v]` throw a ReferenceError about `this` when v is still `<empty>` (derived ctors)
    CheckThisInitialized;
    /// `[v this -> result]` derived-constructor return: v if an object; `this` if v is
    /// undefined (ReferenceError while `this` is `<empty>`); else TypeError
    CheckDerivedReturn;
    /// `[v -> v]` throw unless the value is an object (`TypeError: msg`)
    CheckObject { message: ConstIdx };
    /// `[v -> v]` throw TypeError when null or undefined (destructuring)
    CheckObjectCoercible;

    // ---- control flow
    /// Jump to `target`
    Jump { target: Target };
    /// `[v ->]` jump when falsy
    JumpIfFalse { target: Target };
    /// `[v ->]` jump when truthy
    JumpIfTrue { target: Target };
    /// `[v -> v]` jump keeping the value when falsy, else pop it (`&&`)
    JumpIfFalseKeep { target: Target };
    /// `[v -> v]` jump keeping the value when truthy, else pop it (`||`)
    JumpIfTrueKeep { target: Target };
    /// `[v -> v]` jump keeping the value when not nullish, else pop it (`??`)
    JumpIfNotNullishKeep { target: Target };
    /// `[v -> v]` jump (keeping v) when v is null or undefined (optional chains)
    JumpIfNullishKeep { target: Target };
    /// `[v -> v]` jump when v is not undefined (default values)
    JumpIfNotUndefined { target: Target };
    /// Push an exception handler: a throw jumps to `catch` with the stack cut to its current
    /// depth and the exception pushed.
    EnterTry { catch: Target };
    /// Pop the innermost exception handler.
    LeaveTry;

    // ---- operators
    Add;
    Sub;
    Mul;
    Div;
    Rem;
    Exp;
    Shl;
    Shr;
    UShr;
    BitAnd;
    BitOr;
    BitXor;
    Eq;
    NotEq;
    StrictEq;
    StrictNotEq;
    Lt;
    Gt;
    Le;
    Ge;
    Instanceof;
    /// `[v -> -v]`
    Neg;
    /// `[v -> +v]` ToNumber
    ToNumber;
    /// `[v -> ToNumeric(v)]` (postfix ++ keeps the old numeric value)
    ToNumeric;
    /// `[v -> !v]`
    Not;
    /// `[v -> ~v]`
    BitNot;
    /// `[v -> typeof v]`
    Typeof;
    /// `[v -> v+1]`
    Inc;
    /// `[v -> v-1]`
    Dec;
    /// `[v -> key]` ToPropertyKey (computed keys evaluated once)
    ToPropertyKey;
    /// `[a0 … a(count-1) -> string]` template literal concatenation with ToString
    Concat { count: u32 };

    // ---- iteration
    /// `[obj -> iter]` GetIterator(obj, sync)
    GetIterator;
    /// `[obj -> iter]` GetIterator(obj, async)
    GetAsyncIterator;
    /// `[iter -> iter value]`, or `[iter -> iter <empty>]` when the iterator is done
    IteratorStep;
    /// `[v -> v]`, or when v is `<empty>`, pop it and jump
    JumpIfEmpty { target: Target };
    /// `[iter -> iter result]` call next() of an async iterator (the result is then awaited)
    IteratorNextRaw;
    /// `[iter result -> iter value]`, or `[iter -> iter <empty>]` when the result says done (for-await)
    IteratorUnpack;
    /// `[iter ->]` IteratorClose unless the iterator is done: call `return()` if present
    IteratorClose;
    /// `[exc iter -> exc]` close an iterator because of an exception (errors from `return()`
    /// are ignored: the original exception wins)
    IteratorCloseOnThrow;
    /// `[iter -> iter v]` the next value for array destructuring, `undefined` once done
    IteratorValueOrUndefined;
    /// `[iter -> iter array]` the remaining values as an array (rest element)
    IteratorRest;
    /// `[obj -> forin]` enumerate the enumerable string keys of obj and its prototypes
    ForInStart;
    /// `[forin -> forin key]` or jump to `done` with `[forin]`
    ForInStep { done: Target };

    // ---- generators and async
    /// Suspend a freshly called generator: the caller receives the generator object.
    GeneratorStart;
    /// `[v -> received is_return]` yield v; resumed with a value (and whether it is a return)
    Yield;
    /// `[iter received mode -> iter mode result]` yield*: forward a resumption (mode 0 next,
    /// 1 throw, 2 return) to the inner iterator's method
    YieldDelegate;
    /// `[iter mode v -> iter received mode]` yield*: yield v without wrapping it in a result
    /// object (a generator passes the inner result on as is); resumption pushes the value and mode
    YieldRaw;
    /// `[v -> result]` await v
    Await;

    // ---- misc
    /// `[-> regexp]` a new RegExp from constant pattern and flags
    RegExp { pattern: ConstIdx, flags: ConstIdx };
    /// `[-> strings]` the cached template object of tagged template `index`
    TemplateObject { index: u32 };
    /// `[specifier -> promise]` dynamic `import()`
    DynamicImport;
    /// `[-> import.meta]`
    ImportMeta;
    /// A `debugger` statement (no-op)
    Debugger;
    /// Does nothing (jump-target padding)
    Nop;
}

impl Op {
    /// Fuel charged for one execution. Calls and allocations cost more, so fuel bounds memory
    /// growth as well as time.
    pub fn fuel(&self) -> u32 {
        match self {
            Op::Call { .. } | Op::CallSpread | Op::New { .. } | Op::NewSpread => 4,
            Op::SuperCall { .. } | Op::SuperCallSpread => 4,
            Op::NewObject | Op::NewArray { .. } | Op::Closure { .. } | Op::MakeClass { .. } => 2,
            Op::ArraySpread | Op::CopyDataProperties | Op::Concat { .. } => 4,
            _ => 1,
        }
    }
}
