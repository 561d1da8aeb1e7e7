//! Special methods: what the VM's operations do when an operand is an
//! instance of one of the program's classes. Each follows CPython's
//! protocol: the reflected method (`__radd__`) when the first gives
//! `NotImplemented`, `__ne__` from `__eq__`, truth from `__bool__` or
//! `__len__`, identity when no `__eq__` is defined, and CPython's
//! TypeError when nothing applies.

use super::super::super::syntax::ast::{BinaryOperator, ComparisonOperator, UnaryOperator};
use super::super::call::{Arguments, PreludeFunction};
use super::super::error::{PythonError, PythonResult};
use super::super::machine::Vm;
use super::super::object::{IteratorObject, Object};
use super::super::operations::{binary_operator_text, in_place_operator_text};
use super::super::types::TypeId;
use super::super::value::Value;

/// `NotImplemented`.
pub(crate) const NOT_IMPLEMENTED: Value = Value::Type(TypeId::NotImplementedType);

/// The method and its reflected twin of a binary operator.
fn binary_method_names(operator: BinaryOperator) -> (&'static str, &'static str, &'static str) {
    use BinaryOperator as B;
    match operator {
        B::Add => ("__add__", "__radd__", "__iadd__"),
        B::Subtract => ("__sub__", "__rsub__", "__isub__"),
        B::Multiply => ("__mul__", "__rmul__", "__imul__"),
        B::MatrixMultiply => ("__matmul__", "__rmatmul__", "__imatmul__"),
        B::Divide => ("__truediv__", "__rtruediv__", "__itruediv__"),
        B::FloorDivide => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        B::Modulo => ("__mod__", "__rmod__", "__imod__"),
        B::Power => ("__pow__", "__rpow__", "__ipow__"),
        B::LeftShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        B::RightShift => ("__rshift__", "__rrshift__", "__irshift__"),
        B::BitOr => ("__or__", "__ror__", "__ior__"),
        B::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        B::BitAnd => ("__and__", "__rand__", "__iand__"),
    }
}

/// Whether an error is a StopIteration (which ends an iteration).
pub(crate) fn is_stop_iteration(vm: &Vm, error: &PythonError) -> bool {
    match error.raised {
        Some(exception) => matches!(
            vm.object(exception),
            Object::Exception(state) if state.type_id == TypeId::StopIteration
        ),
        None => error.type_id == TypeId::StopIteration,
    }
}

impl Vm {
    /// Whether `value` is an instance of one of the program's classes.
    pub(crate) fn has_program_class(&self, value: Value) -> bool {
        self.program_class_of(value).is_some()
    }

    /// Calls the special method `name` of `value` with `arguments` after
    /// it; `None` when its class has no such method (or set it to None).
    pub(crate) fn call_special(
        &mut self,
        value: Value,
        name: &str,
        arguments: Vec<Value>,
    ) -> PythonResult<Option<Value>> {
        let Some(method) = self.special_method(value, name) else {
            return Ok(None);
        };
        if method.is_none() {
            return Ok(None);
        }
        let method = match method.object().map(|reference| self.object(reference)) {
            Some(Object::StaticMethod(function)) => *function,
            _ => {
                let mut positional = Vec::with_capacity(arguments.len() + 1);
                positional.push(value);
                positional.extend(arguments);
                return self
                    .call_nested(method, Arguments::positional(positional), name)
                    .map(Some);
            }
        };
        self.call_nested(method, Arguments::positional(arguments), name)
            .map(Some)
    }

    /// Whether the right operand's method goes first: its class derives
    /// from the left's and is not the same.
    fn right_goes_first(&self, left: Value, right: Value) -> bool {
        match (self.program_class_of(left), self.program_class_of(right)) {
            (left_class, Some(right_class)) => {
                let left_class = left_class.map_or(self.class_of(left), Value::Object);
                Value::Object(right_class) != left_class
                    && self.is_subclass(Value::Object(right_class), left_class)
            }
            _ => false,
        }
    }

    /// Tries `left.method(right)` then `right.reflected(left)` (in the other
    /// order when the right's class derives from the left's).
    /// Arithmetic skips the reflected method when both operands have the
    /// same class; comparisons always try it (`a > b` asks `b.__lt__(a)`).
    fn try_with_reflection(
        &mut self,
        left: Value,
        right: Value,
        method: &str,
        reflected: &str,
    ) -> PythonResult<Option<Value>> {
        let is_comparison = matches!(
            method,
            "__lt__" | "__le__" | "__gt__" | "__ge__" | "__eq__" | "__ne__"
        );
        let same_class = self.class_of(left) == self.class_of(right);
        let mut attempts = vec![(left, method, right)];
        if self.right_goes_first(left, right) {
            attempts.insert(0, (right, reflected, left));
        } else if !same_class || is_comparison {
            attempts.push((right, reflected, left));
        }
        for (receiver, name, other) in attempts {
            if let Some(result) = self.call_special(receiver, name, vec![other])? {
                if result != NOT_IMPLEMENTED {
                    return Ok(Some(result));
                }
            }
        }
        Ok(None)
    }

    /// `left op right` when an operand is a program's instance.
    pub(crate) fn binary_special(
        &mut self,
        operator: BinaryOperator,
        left: Value,
        right: Value,
    ) -> PythonResult<Value> {
        let (method, reflected, _) = binary_method_names(operator);
        match self.try_with_reflection(left, right, method, reflected)? {
            Some(result) => Ok(result),
            None => Err(self.operation_type_error(
                binary_operator_text(operator),
                operator,
                left,
                right,
            )),
        }
    }

    /// `left op= right` when an operand is a program's instance:
    /// `__iadd__` first, then as `left op right`.
    pub(crate) fn in_place_special(
        &mut self,
        operator: BinaryOperator,
        left: Value,
        right: Value,
    ) -> PythonResult<Value> {
        let (method, reflected, in_place) = binary_method_names(operator);
        if let Some(result) = self.call_special(left, in_place, vec![right])? {
            if result != NOT_IMPLEMENTED {
                return Ok(result);
            }
        }
        match self.try_with_reflection(left, right, method, reflected)? {
            Some(result) => Ok(result),
            None => Err(self.operation_type_error(
                in_place_operator_text(operator),
                operator,
                left,
                right,
            )),
        }
    }

    /// `-x`, `+x`, `~x`, `not x` of a program's instance.
    pub(crate) fn unary_special(
        &mut self,
        operator: UnaryOperator,
        operand: Value,
    ) -> PythonResult<Value> {
        let (name, symbol) = match operator {
            UnaryOperator::Not => return Ok(Value::Bool(!self.truth(operand)?)),
            UnaryOperator::Negative => ("__neg__", "-"),
            UnaryOperator::Positive => ("__pos__", "+"),
            UnaryOperator::Invert => ("__invert__", "~"),
        };
        match self.call_special(operand, name, Vec::new())? {
            Some(result) => Ok(result),
            None => Err(PythonError::type_error(format!(
                "bad operand type for unary {symbol}: '{}'",
                self.type_name(operand)
            ))),
        }
    }

    /// A rich comparison when an operand is a program's instance: the
    /// method's result as it is (usually a bool).
    pub(crate) fn compare_special(
        &mut self,
        operator: ComparisonOperator,
        left: Value,
        right: Value,
    ) -> PythonResult<Value> {
        use ComparisonOperator as C;
        let (method, reflected, symbol) = match operator {
            C::Less => ("__lt__", "__gt__", "<"),
            C::LessEqual => ("__le__", "__ge__", "<="),
            C::Greater => ("__gt__", "__lt__", ">"),
            C::GreaterEqual => ("__ge__", "__le__", ">="),
            C::Equal => ("__eq__", "__eq__", "=="),
            C::NotEqual => ("__ne__", "__ne__", "!="),
            _ => return self.compare(operator, left, right),
        };
        if let Some(result) = self.try_with_reflection(left, right, method, reflected)? {
            return Ok(result);
        }
        match operator {
            C::Equal => Ok(Value::Bool(self.builtin_equal(left, right)?)),
            C::NotEqual => {
                // `object.__ne__` inverts `__eq__`.
                match self.try_with_reflection(left, right, "__eq__", "__eq__")? {
                    Some(result) => Ok(Value::Bool(!self.truth(result)?)),
                    None => Ok(Value::Bool(!self.builtin_equal(left, right)?)),
                }
            }
            _ => Err(PythonError::type_error(format!(
                "'{symbol}' not supported between instances of '{}' and '{}'",
                self.type_name(left),
                self.type_name(right)
            ))),
        }
    }

    /// `==` without the program's `__eq__` (identity for instances; an
    /// exception of a program's class compares as exceptions do: by identity).
    fn builtin_equal(&mut self, left: Value, right: Value) -> PythonResult<bool> {
        if self.has_program_class(left) || self.has_program_class(right) {
            return Ok(left == right);
        }
        self.values_equal(left, right)
    }

    /// `with manager:` starts: the bound `__exit__` is pushed, then
    /// `__enter__` is called (its result pushed when it returns).
    pub(crate) fn enter_context(
        &mut self,
        manager: Value,
    ) -> PythonResult<super::super::interpreter::Step> {
        let enter = self.special_method(manager, "__enter__");
        let exit = self.special_method(manager, "__exit__");
        let (Some(enter), Some(exit)) = (enter, exit) else {
            return Err(PythonError::type_error(format!(
                "'{}' object does not support the context manager protocol",
                self.type_name(manager)
            )));
        };
        let exit = self.allocate(Object::BoundMethod {
            receiver: manager,
            function: exit,
        })?;
        self.push(exit);
        self.call_value(enter, Arguments::positional(vec![manager]))
    }

    /// `bool(value)`: `__bool__`, else `__len__`, for a program's instance.
    pub(crate) fn truth(&mut self, value: Value) -> PythonResult<bool> {
        if !self.has_program_class(value) {
            return Ok(self.is_truthy(value));
        }
        if let Some(result) = self.call_special(value, "__bool__", Vec::new())? {
            return match result {
                Value::Bool(flag) => Ok(flag),
                other => Err(PythonError::type_error(format!(
                    "__bool__ should return bool, returned {}",
                    self.type_name(other)
                ))),
            };
        }
        if let Some(length) = self.special_length(value)? {
            return Ok(length != 0);
        }
        Ok(true)
    }

    /// `len(value)` through `__len__`; `None` when the class has none.
    pub(crate) fn special_length(&mut self, value: Value) -> PythonResult<Option<i64>> {
        let Some(result) = self.call_special(value, "__len__", Vec::new())? else {
            return Ok(None);
        };
        match result {
            Value::Int(length) if length >= 0 => Ok(Some(length)),
            Value::Bool(flag) => Ok(Some(i64::from(flag))),
            Value::Int(_) => Err(PythonError::value_error("__len__() should return >= 0")),
            other => Err(PythonError::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(other)
            ))),
        }
    }

    /// `container[index]` through `__getitem__`.
    pub(crate) fn get_item_special(
        &mut self,
        container: Value,
        index: Value,
    ) -> PythonResult<Value> {
        match self.call_special(container, "__getitem__", vec![index])? {
            Some(result) => Ok(result),
            None => Err(PythonError::type_error(format!(
                "'{}' object is not subscriptable",
                self.type_name(container)
            ))),
        }
    }

    /// `container[index] = value` (or, with `None`, `del container[index]`)
    /// through `__setitem__` or `__delitem__`.
    pub(crate) fn set_item_special(
        &mut self,
        container: Value,
        index: Value,
        value: Option<Value>,
    ) -> PythonResult<()> {
        let (name, arguments, message) = match value {
            Some(value) => (
                "__setitem__",
                vec![index, value],
                "does not support item assignment",
            ),
            None => ("__delitem__", vec![index], "doesn't support item deletion"),
        };
        match self.call_special(container, name, arguments)? {
            Some(_) => Ok(()),
            None => Err(PythonError::type_error(format!(
                "'{}' object {message}",
                self.type_name(container)
            ))),
        }
    }

    /// `item in container` through `__contains__`, else by iterating.
    pub(crate) fn contains_special(&mut self, container: Value, item: Value) -> PythonResult<bool> {
        if let Some(result) = self.call_special(container, "__contains__", vec![item])? {
            return self.truth(result);
        }
        let contains = self.prelude_function(PreludeFunction::Contains)?;
        let result = self.call_nested(
            contains,
            Arguments::positional(vec![container, item]),
            "__iter__",
        )?;
        self.truth(result)
    }

    /// All the items of an iterable that may run the program's code (a
    /// generator, a program's object): the prelude collects them in a
    /// nested call.
    pub(crate) fn collect_items_running(&mut self, iterable: Value) -> PythonResult<Vec<Value>> {
        if self.is_natively_iterable(iterable) {
            return self.collect_items(iterable);
        }
        let drain = self.prelude_function(PreludeFunction::Drain)?;
        let list = self.call_nested(drain, Arguments::positional(vec![iterable]), "__iter__")?;
        match list.object().map(|reference| self.object(reference)) {
            Some(Object::List(items)) => Ok(items.clone()),
            _ => Ok(Vec::new()),
        }
    }

    /// `iter(value)` through `__iter__`: what it returns must be an iterator.
    pub(crate) fn iterator_special(&mut self, value: Value) -> PythonResult<Value> {
        let Some(iterator) = self.call_special(value, "__iter__", Vec::new())? else {
            if self.special_method(value, "__getitem__").is_some() {
                // The old protocol: items 0, 1, 2... until IndexError.
                return self.allocate(Object::Iterator(IteratorObject::ItemByItem {
                    object: value,
                    index: 0,
                }));
            }
            return Err(super::super::operations::not_iterable(
                self.type_name(value),
            ));
        };
        let is_iterator = match iterator {
            Value::Object(reference) => match self.object(reference) {
                Object::Iterator(_) | Object::Generator(_) => true,
                Object::Instance(_) => self.special_method(iterator, "__next__").is_some(),
                _ => false,
            },
            _ => false,
        };
        if !is_iterator {
            return Err(PythonError::type_error(format!(
                "iter() returned non-iterator of type '{}'",
                self.type_name(iterator)
            )));
        }
        Ok(iterator)
    }

    /// The next item of an object iterated by `__getitem__`, or `None` at
    /// its IndexError (or StopIteration).
    pub(crate) fn next_item_by_item(
        &mut self,
        iterator: super::super::heap::ObjectRef,
        object: Value,
        index: i64,
    ) -> PythonResult<Option<Value>> {
        match self.call_special(object, "__getitem__", vec![Value::Int(index)]) {
            Ok(item) => {
                if let Some(Object::Iterator(IteratorObject::ItemByItem { index: next, .. })) =
                    self.object_mut(iterator)
                {
                    *next = index + 1;
                }
                Ok(item)
            }
            Err(error) if is_stop_iteration(self, &error) || self.is_index_error(&error) => {
                if let Some(Object::Iterator(state)) = self.object_mut(iterator) {
                    *state = IteratorObject::Exhausted;
                }
                Ok(None)
            }
            Err(error) => Err(error),
        }
    }

    /// Whether an error is an IndexError (or derives from it).
    fn is_index_error(&self, error: &PythonError) -> bool {
        let type_id = match error.raised {
            Some(exception) => match self.object(exception) {
                Object::Exception(state) => state.type_id,
                _ => return false,
            },
            None => error.type_id,
        };
        type_id.is_subtype_of(TypeId::IndexError)
    }

    /// The next item of a program's iterator (`__next__`), or `None` when
    /// it raises StopIteration.
    pub(crate) fn next_special(&mut self, iterator: Value) -> PythonResult<Option<Value>> {
        match self.call_special(iterator, "__next__", Vec::new()) {
            Ok(Some(item)) => Ok(Some(item)),
            Ok(None) => Err(PythonError::type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(iterator)
            ))),
            Err(error) if is_stop_iteration(self, &error) => Ok(None),
            Err(error) => Err(error),
        }
    }

    /// `hash(value)` of a program's instance: `__hash__`, else identity;
    /// None (a class with `__eq__` and no `__hash__`) is unhashable.
    pub(crate) fn hash_special(&mut self, value: Value) -> PythonResult<i64> {
        match self.special_method(value, "__hash__") {
            Some(Value::None) => Err(PythonError::type_error(format!(
                "unhashable type: '{}'",
                self.type_name(value)
            ))),
            Some(_) => {
                let result = self.call_special(value, "__hash__", Vec::new())?;
                match result {
                    Some(Value::Int(-1)) => Ok(-2),
                    Some(Value::Int(hash)) => Ok(hash),
                    Some(Value::Bool(flag)) => Ok(i64::from(flag)),
                    Some(other) if self.type_of(other) == TypeId::Int => self.hash_value(other),
                    _ => Err(PythonError::type_error(
                        "__hash__ method should return an integer",
                    )),
                }
            }
            // Identity, as for every object without a hash of its own.
            None => Ok(value.object().map_or(0, |reference| {
                (i64::from(reference.index()) * 16 + 0x7f00_0000_0000) >> 4
            })),
        }
    }

    /// `repr()` of a program's instance or class, or of the class
    /// builtins; `None` for other values (and for a program's exception
    /// without `__repr__`, written as exceptions are).
    pub(crate) fn program_repr(&mut self, value: Value) -> PythonResult<Option<String>> {
        let Value::Object(reference) = value else {
            return Ok(None);
        };
        match self.object(reference) {
            Object::Instance(_) | Object::Exception(_) => {
                if let Some(result) = self.call_special(value, "__repr__", Vec::new())? {
                    return match self.str_text(result) {
                        Some(text) => Ok(Some(text.to_owned())),
                        None => Err(PythonError::type_error(format!(
                            "__repr__ returned non-string (type {})",
                            self.type_name(result)
                        ))),
                    };
                }
                if matches!(self.object(reference), Object::Instance(_)) {
                    return Ok(Some(self.default_repr(value)));
                }
                Ok(None)
            }
            Object::Class(_) | Object::StaticMethod(_) | Object::ClassMethod(_) => {
                Ok(Some(self.default_repr(value)))
            }
            Object::Property(_) | Object::Super { .. } => Ok(Some(self.default_repr(value))),
            _ => Ok(None),
        }
    }

    /// `str()` through `__str__`; `None` when the class has none.
    pub(crate) fn program_str(&mut self, value: Value) -> PythonResult<Option<String>> {
        let Some(result) = self.call_special(value, "__str__", Vec::new())? else {
            return Ok(None);
        };
        match self.str_text(result) {
            Some(text) => Ok(Some(text.to_owned())),
            None => Err(PythonError::type_error(format!(
                "__str__ returned non-string (type {})",
                self.type_name(result)
            ))),
        }
    }

    /// `object.__repr__`: `<__main__.Point object at 0x...>`.
    pub(crate) fn default_repr(&self, value: Value) -> String {
        let Value::Object(reference) = value else {
            return String::new();
        };
        let address = Vm::fake_address(reference);
        match self.object(reference) {
            Object::Class(class) => format!("<class '__main__.{}'>", class.qualified_name),
            Object::StaticMethod(_) => format!("<staticmethod object at {address}>"),
            Object::ClassMethod(_) => format!("<classmethod object at {address}>"),
            Object::Property(_) => format!("<property object at {address}>"),
            Object::Super { .. } => format!("<super object at {address}>"),
            _ => {
                let class = self.class_of(value);
                let name = match class.object().map(|reference| self.object(reference)) {
                    Some(Object::Class(class)) => class.qualified_name.clone(),
                    _ => self.type_name(value).to_owned(),
                };
                format!("<__main__.{name} object at {address}>")
            }
        }
    }

    /// `object.__str__`: the repr (an exception's str for exceptions).
    pub(crate) fn default_str(&mut self, value: Value) -> PythonResult<String> {
        if let Some(Object::Exception(exception)) =
            value.object().map(|reference| self.object(reference))
        {
            let args = exception.args.clone();
            return match args.as_slice() {
                [] => Ok(String::new()),
                [single] => self.str_of(*single),
                _ => {
                    let tuple = self.new_tuple(args)?;
                    self.repr(tuple)
                }
            };
        }
        self.repr(value)
    }

    /// `format(value, spec)` of a program's instance: `__format__`, else
    /// `str()` for an empty spec.
    pub(crate) fn format_special(&mut self, value: Value, spec: &str) -> PythonResult<String> {
        let spec_value = self.new_str(spec.to_owned())?;
        if let Some(result) = self.call_special(value, "__format__", vec![spec_value])? {
            return match self.str_text(result) {
                Some(text) => Ok(text.to_owned()),
                None => Err(PythonError::type_error(format!(
                    "__format__ must return a str, not {}",
                    self.type_name(result)
                ))),
            };
        }
        if !spec.is_empty() {
            return Err(PythonError::type_error(format!(
                "unsupported format string passed to {}.__format__",
                self.type_name(value)
            )));
        }
        self.str_of(value)
    }
}
