//! Stable sorts that share one sort's code.
//!
//! Every `sort_by_key`, `sort_by` or `sort_unstable` of a new element type or key closure is a new
//! copy of one of the standard library's sorts in the wasm, about 2 KB gzipped each. The stages sort
//! through these instead: the keys, paired with the items' indexes, are sorted by one instantiation
//! of the stable sort (whose runs make the stages' mostly ordered lists cheap), and the index breaks
//! ties. A key is one `u64`: two offsets make one through [`pair`], a number through [`ascending`] or
//! [`descending`]. Lists of numbers and of pairs of a key and a number ([`sort_numbers`],
//! [`sort_pairs`]) go through the same sort, and lists of strings through `sort`, the one stable sort
//! of `&str` (rather than `sort_unstable` or a `BTreeSet`, more copies).
//!
//! ```
//! use wenxi::text::order::sort_by_key;
//!
//! let mut words = vec!["乙", "甲甲", "丙"];
//! sort_by_key(&mut words, |w| u64::MAX - w.len() as u64);
//! assert_eq!(words, ["甲甲", "乙", "丙"]); // longest first, equal lengths in their order
//! ```

/// A sort key: items are sorted by it, smallest first.
pub type Key = u64;

/// The key of two numbers below 2^32 (offsets into a text, lengths) compared in turn: `low` breaks
/// ties of `high`. A larger number is cut to its low 32 bits, which no offset of an accepted text
/// reaches (texts are refused above `Options::max_bytes`, 8 MB by default; past 4 GB the order would
/// be wrong, never a panic).
pub fn pair(high: usize, low: usize) -> Key {
    (high as u64) << 32 | (low as u64 & 0xFFFF_FFFF)
}

/// `n` turned around for [`pair`]: larger first (of the low 32 bits [`pair`] keeps).
pub fn reverse(n: usize) -> usize {
    (u32::MAX as usize).wrapping_sub(n)
}

/// Sorts `items` by `key`, keeping items of equal key in their order.
pub fn sort_by_key<T>(items: &mut [T], key: impl Fn(&T) -> Key) {
    // Nothing to sort (the gazetteer sorts each of its seven thousand forms' readings, most of them one).
    if items.len() < 2 {
        return;
    }
    let order = order_of(items.iter().map(key));
    permute(items, &order);
}

/// The indexes of `keys` in the order that sorts them, equal keys by index. The pairs are made
/// straight from the keys (no list of the keys first: a megabyte of text has a million candidates).
pub fn order_of(keys: impl IntoIterator<Item = Key>) -> Vec<usize> {
    sorted_indexes(keys.into_iter().enumerate().map(|(i, k)| (k, i)).collect())
}

/// The indexes of `pairs` (key, index) once sorted.
fn sorted_indexes(mut pairs: Vec<(Key, usize)>) -> Vec<usize> {
    sort_pairs(&mut pairs);
    pairs.into_iter().map(|(_, i)| i).collect()
}

/// Sorts (key, number) pairs, smallest first: the one sort every caller shares, out of the generic
/// functions so that the module holds one copy of it. Items that map one-to-one and in order onto
/// such pairs (offsets, a pair of offsets and an index) are sorted through it instead of
/// `sort_unstable`, each of whose element types would be another copy of a sort (2 KB gzipped).
pub fn sort_pairs(pairs: &mut [(Key, usize)]) {
    pairs.sort();
}

/// Sorts numbers, smallest first, through [`sort_pairs`].
pub fn sort_numbers(numbers: &mut [usize]) {
    let mut pairs: Vec<(Key, usize)> = numbers.iter().map(|&n| (n as Key, 0)).collect();
    sort_pairs(&mut pairs);
    for (n, (k, _)) in numbers.iter_mut().zip(pairs) {
        *n = k as usize;
    }
}

/// A key that orders numbers as `f64::total_cmp` does, smallest first.
pub fn ascending(x: f64) -> u64 {
    let bits = x.to_bits();
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | 1 << 63
    }
}

/// A key that orders numbers as `f64::total_cmp` does, largest first.
pub fn descending(x: f64) -> u64 {
    !ascending(x)
}

/// Puts `items[order[k]]` at position `k` (`order` a permutation of the indexes), in place: each
/// item is swapped straight to where it goes, so at most one swap per item.
fn permute<T>(items: &mut [T], order: &[usize]) {
    // Where the item now at each position goes.
    let mut goes = vec![0; order.len()];
    for (to, &from) in order.iter().enumerate() {
        goes[from] = to;
    }
    for at in 0..items.len() {
        while goes[at] != at {
            let to = goes[at];
            items.swap(at, to);
            goes.swap(at, to);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn ties_keep_their_order() {
        let mut words = vec!["乙", "甲甲", "丙", "丁丁"];
        sort_by_key(&mut words, |w| u64::MAX - w.len() as u64);
        assert_eq!(words, ["甲甲", "丁丁", "乙", "丙"]);
    }

    #[test]
    fn floats_order_as_total_cmp() {
        let mut xs = [3.5, -0.0, f64::NEG_INFINITY, 0.0, -2.25, f64::INFINITY, 1e-300, -1e300];
        let mut expected = xs;
        expected.sort_by(f64::total_cmp);
        sort_by_key(&mut xs, |&x| ascending(x));
        assert_eq!(xs.map(f64::to_bits), expected.map(f64::to_bits));
        sort_by_key(&mut xs, |&x| descending(x));
        expected.reverse();
        assert_eq!(xs.map(f64::to_bits), expected.map(f64::to_bits));
    }

    proptest! {
        /// The same order as the standard library's stable sort, on keys with many ties.
        #[test]
        fn as_a_stable_sort(items in proptest::collection::vec((0usize..4, 0usize..3, any::<u16>()), 0..200)) {
            let mut ours = items.clone();
            sort_by_key(&mut ours, |&(a, b, _)| pair(a, reverse(b)));
            let mut std_sorted = items;
            std_sorted.sort_by_key(|&(a, b, _)| (a, std::cmp::Reverse(b)));
            prop_assert_eq!(ours, std_sorted);
        }
    }
    proptest! {
        /// Pairs and numbers end as `sort_unstable` leaves them (their order is total).
        #[test]
        fn pairs_and_numbers_as_sort_unstable(pairs in proptest::collection::vec((0u64..6, 0usize..4), 0..200)) {
            let mut ours = pairs.clone();
            sort_pairs(&mut ours);
            let mut std_sorted = pairs.clone();
            std_sorted.sort_unstable();
            prop_assert_eq!(ours, std_sorted);
            let mut numbers: Vec<usize> = pairs.iter().map(|&(k, n)| k as usize * 4 + n).collect();
            let mut std_numbers = numbers.clone();
            sort_numbers(&mut numbers);
            std_numbers.sort_unstable();
            prop_assert_eq!(numbers, std_numbers);
        }
    }
    proptest! {
        #[test]
        fn pairs_order_as_tuples(a in 0usize..1 << 32, b in 0usize..1 << 32, c in 0usize..1 << 32, d in 0usize..1 << 32) {
            prop_assert_eq!(pair(a, b).cmp(&pair(c, d)), (a, b).cmp(&(c, d)));
        }
    }
}
