//! Converting the long lists of findings without holding two whole copies.

/// How many steps [`convert`] takes: the list it converts and the one it builds overlap by about
/// 1/`STEPS` of their size.
const STEPS: usize = 16;

/// `from` converted item by item with `f` (an item it maps to `None` is dropped), in order, freeing
/// `from` as the result grows. The largest lists of a text full of figures (the figures stage's
/// candidates and figures, the findings and the contract's larger types) would otherwise be held
/// whole twice by a `collect`. The result grows by a `STEPS`-th of the list at a time while `from` is
/// shrunk to what is left to convert, so the two together stay about the size of the larger one.
pub(crate) fn convert<A, B>(mut from: Vec<A>, mut f: impl FnMut(A) -> Option<B>) -> Vec<B> {
    let step = (from.len() / STEPS).max(1024);
    from.reverse();
    let mut to = Vec::new();
    while let Some(a) = from.pop() {
        let Some(b) = f(a) else { continue };
        if to.len() == to.capacity() {
            from.shrink_to_fit();
            to.reserve_exact(step.min(from.len() + 1));
        }
        to.push(b);
    }
    to.shrink_to_fit();
    to
}

#[cfg(test)]
mod tests {
    #[test]
    fn convert_keeps_order_at_every_length() {
        for n in [0, 1, 1023, 1024, 1025, 20_000, 33_333] {
            let from: Vec<usize> = (0..n).collect();
            let to = super::convert(from, |i| Some((i, i.to_string())));
            assert_eq!(to.len(), n);
            assert!(to.iter().enumerate().all(|(k, (i, s))| k == *i && *s == k.to_string()));
        }
    }

    #[test]
    fn convert_drops_what_maps_to_none() {
        let to = super::convert((0..5000).collect(), |i: usize| (i % 3 == 0).then_some(i));
        assert_eq!(to, (0..5000).filter(|i| i % 3 == 0).collect::<Vec<_>>());
    }
}
