//! A realm: the global object and one set of intrinsics.

use gc_arena::{Collect, Gc, Mutation};

use crate::heap::kind::ObjectKind;
use crate::heap::object::Obj;
use crate::heap::string::{AtomTable, JsString};
use crate::heap::value::{Symbol, SymbolData, Value};

/// The well-known symbols (`Symbol.iterator`, …), shared by all realms of an agent.
#[derive(Collect, Clone, Copy)]
#[collect(no_drop)]
pub struct WellKnown<'gc> {
    pub iterator: Symbol<'gc>,
    pub async_iterator: Symbol<'gc>,
    pub has_instance: Symbol<'gc>,
    pub to_primitive: Symbol<'gc>,
    pub to_string_tag: Symbol<'gc>,
    pub species: Symbol<'gc>,
    pub is_concat_spreadable: Symbol<'gc>,
    pub unscopables: Symbol<'gc>,
    pub match_: Symbol<'gc>,
    pub match_all: Symbol<'gc>,
    pub replace: Symbol<'gc>,
    pub search: Symbol<'gc>,
    pub split: Symbol<'gc>,
}

#[derive(Collect)]
#[collect(no_drop)]
pub struct Realm<'gc> {
    /// Index of this realm in the agent (0 is the main realm).
    #[collect(require_static)]
    pub id: u32,
    pub global: Obj<'gc>,
    pub symbols: WellKnown<'gc>,
    pub object_proto: Obj<'gc>,
    pub function_proto: Obj<'gc>,
    pub array_proto: Obj<'gc>,
    pub string_proto: Obj<'gc>,
    pub number_proto: Obj<'gc>,
    pub boolean_proto: Obj<'gc>,
    pub symbol_proto: Obj<'gc>,
    pub bigint_proto: Obj<'gc>,
    pub error_proto: Obj<'gc>,
    pub type_error_proto: Obj<'gc>,
    pub range_error_proto: Obj<'gc>,
    pub reference_error_proto: Obj<'gc>,
    pub syntax_error_proto: Obj<'gc>,
    pub eval_error_proto: Obj<'gc>,
    pub uri_error_proto: Obj<'gc>,
    pub aggregate_error_proto: Obj<'gc>,
    pub promise_proto: Obj<'gc>,
    pub iterator_proto: Obj<'gc>,
    pub async_iterator_proto: Obj<'gc>,
    pub array_iterator_proto: Obj<'gc>,
    pub map_iterator_proto: Obj<'gc>,
    pub set_iterator_proto: Obj<'gc>,
    pub string_iterator_proto: Obj<'gc>,
    pub generator_proto: Obj<'gc>,
    pub async_generator_proto: Obj<'gc>,
    pub generator_function_proto: Obj<'gc>,
    pub async_function_proto: Obj<'gc>,
    pub async_generator_function_proto: Obj<'gc>,
    pub map_proto: Obj<'gc>,
    pub set_proto: Obj<'gc>,
    pub weakmap_proto: Obj<'gc>,
    pub weakset_proto: Obj<'gc>,
    pub weakref_proto: Obj<'gc>,
    pub finreg_proto: Obj<'gc>,
    pub date_proto: Obj<'gc>,
    pub regexp_proto: Obj<'gc>,
    pub async_variable_proto: Obj<'gc>,
    pub async_snapshot_proto: Obj<'gc>,
    pub promise_ctor: Obj<'gc>,
    pub object_ctor: Obj<'gc>,
    pub array_ctor: Obj<'gc>,
    pub function_ctor: Obj<'gc>,
    /// Self-hosted helpers (compiled from `builtins/js/*.js`) by name.
    pub helpers: std::collections::HashMap<Box<str>, Value<'gc>>,
    /// Global `let`/`const`/`class` bindings of scripts: (cell, is_const).
    pub lexicals: std::collections::HashMap<crate::heap::string::Atom<'gc>, (crate::heap::kind::Cell<'gc>, bool)>,
    /// The %ThrowTypeError% intrinsic and the cached empty string.
    pub empty_string: JsString<'gc>,
}

impl<'gc> Realm<'gc> {
    pub fn new(mc: &Mutation<'gc>, atoms: &mut AtomTable<'gc>, id: u32) -> Self {
        let object_proto = Obj::new(mc, None, ObjectKind::Ordinary);
        let ordinary = |proto: Obj<'gc>| Obj::new(mc, Some(proto), ObjectKind::Ordinary);
        let function_proto = Obj::new(
            mc,
            Some(object_proto),
            ObjectKind::Native(crate::heap::kind::Native {
                f: crate::builtins::function::empty,
                data: Value::Undefined,
                constructor: false,
                realm: id,
            }),
        );
        let mut sym = |name: &str| {
            let desc = atoms.intern(mc, &name.encode_utf16().collect::<Vec<u16>>()).string();
            Symbol(Gc::new(mc, SymbolData { description: Some(desc), registered: false, private: false }))
        };
        let symbols = WellKnown {
            iterator: sym("Symbol.iterator"),
            async_iterator: sym("Symbol.asyncIterator"),
            has_instance: sym("Symbol.hasInstance"),
            to_primitive: sym("Symbol.toPrimitive"),
            to_string_tag: sym("Symbol.toStringTag"),
            species: sym("Symbol.species"),
            is_concat_spreadable: sym("Symbol.isConcatSpreadable"),
            unscopables: sym("Symbol.unscopables"),
            match_: sym("Symbol.match"),
            match_all: sym("Symbol.matchAll"),
            replace: sym("Symbol.replace"),
            search: sym("Symbol.search"),
            split: sym("Symbol.split"),
        };
        let error_proto = ordinary(object_proto);
        let iterator_proto = ordinary(object_proto);
        let async_iterator_proto = ordinary(object_proto);
        let generator_proto = ordinary(iterator_proto);
        let async_generator_proto = ordinary(async_iterator_proto);
        let array_proto = Obj::new(mc, Some(object_proto), ObjectKind::Array);
        let empty = atoms.intern(mc, &[]).string();
        Realm {
            id,
            global: ordinary(object_proto),
            symbols,
            object_proto,
            function_proto,
            array_proto,
            string_proto: Obj::new(mc, Some(object_proto), ObjectKind::StringWrapper(empty)),
            number_proto: Obj::new(mc, Some(object_proto), ObjectKind::NumberWrapper(0.0)),
            boolean_proto: Obj::new(mc, Some(object_proto), ObjectKind::BooleanWrapper(false)),
            symbol_proto: ordinary(object_proto),
            bigint_proto: ordinary(object_proto),
            error_proto,
            type_error_proto: ordinary(error_proto),
            range_error_proto: ordinary(error_proto),
            reference_error_proto: ordinary(error_proto),
            syntax_error_proto: ordinary(error_proto),
            eval_error_proto: ordinary(error_proto),
            uri_error_proto: ordinary(error_proto),
            aggregate_error_proto: ordinary(error_proto),
            promise_proto: ordinary(object_proto),
            iterator_proto,
            async_iterator_proto,
            array_iterator_proto: ordinary(iterator_proto),
            map_iterator_proto: ordinary(iterator_proto),
            set_iterator_proto: ordinary(iterator_proto),
            string_iterator_proto: ordinary(iterator_proto),
            generator_proto,
            async_generator_proto,
            generator_function_proto: ordinary(function_proto),
            async_function_proto: ordinary(function_proto),
            async_generator_function_proto: ordinary(function_proto),
            map_proto: ordinary(object_proto),
            set_proto: ordinary(object_proto),
            weakmap_proto: ordinary(object_proto),
            weakset_proto: ordinary(object_proto),
            weakref_proto: ordinary(object_proto),
            finreg_proto: ordinary(object_proto),
            date_proto: ordinary(object_proto),
            regexp_proto: ordinary(object_proto),
            async_variable_proto: ordinary(object_proto),
            async_snapshot_proto: ordinary(object_proto),
            promise_ctor: ordinary(object_proto),
            object_ctor: ordinary(object_proto),
            array_ctor: ordinary(object_proto),
            function_ctor: ordinary(object_proto),
            helpers: std::collections::HashMap::new(),
            lexicals: std::collections::HashMap::new(),
            empty_string: empty,
        }
    }
}
