//! The one-character ASCII strs, made once per run and then shared, as
//! CPython shares them: iterating over a str, indexing it and `chr` give
//! the same object for the same character, so a loop over a str's digits
//! allocates nothing (`c is "a"` is then true as in CPython, too).

use super::heap::{Heap, ObjectRef, OutOfMemory};
use super::object::{Object, StrObject};

/// The shared strs of the ASCII characters, each made when first asked for.
pub(crate) struct CharacterStrs {
    /// The str of each ASCII character, once made.
    references: [Option<ObjectRef>; 128],
}

impl Default for CharacterStrs {
    fn default() -> CharacterStrs {
        CharacterStrs {
            references: [None; 128],
        }
    }
}

impl CharacterStrs {
    /// The str of `character`: the shared one for an ASCII character (made
    /// the first time), a new one for any other.
    pub(crate) fn str_of(
        &mut self,
        heap: &mut Heap<Object>,
        character: char,
    ) -> Result<ObjectRef, OutOfMemory> {
        let slot = self.references.get_mut(character as usize);
        if let Some(Some(reference)) = slot.as_deref() {
            return Ok(*reference);
        }
        let reference = heap.allocate(Object::Str(StrObject::new(character.to_string())))?;
        if let Some(slot) = slot {
            *slot = Some(reference);
        }
        Ok(reference)
    }

    /// The shared strs made so far: roots for the collector.
    pub(crate) fn references(&self) -> impl Iterator<Item = ObjectRef> + '_ {
        self.references.iter().flatten().copied()
    }
}
