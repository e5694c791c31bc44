//! A fast hasher for short words in tables built once: the standard
//! SipHash guards against hash flooding from untrusted keys, which these
//! fixed tables do not need, and costs more than the lookup itself.

use std::hash::{BuildHasherDefault, Hasher};

/// Multiply-rotate hashing of bytes (the scheme of rustc's FxHash).
#[derive(Clone, Copy, Default)]
pub(crate) struct WordHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            h = (h.rotate_left(5) ^ v).wrapping_mul(SEED);
        }
        for &b in chunks.remainder() {
            h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(SEED);
        }
        self.0 = h;
    }

    fn write_u8(&mut self, b: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(SEED);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A `HashMap`/`HashSet` hasher builder for word tables.
pub(crate) type BuildWordHasher = BuildHasherDefault<WordHasher>;

/// A set of words.
pub(crate) type WordSet<'a> = std::collections::HashSet<&'a str, BuildWordHasher>;

/// A map from words.
pub(crate) type WordMap<'a, V> = std::collections::HashMap<&'a str, V, BuildWordHasher>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_find_their_words_only() {
        let set: WordSet = ["ministre", "minister", "de", "général"].into_iter().collect();
        assert!(set.contains("ministre") && set.contains("général") && set.contains("de"));
        assert!(!set.contains("ministr") && !set.contains("") && !set.contains("ministres"));
    }
}
