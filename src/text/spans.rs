//! Sets of spans with fast overlap questions.

use super::Span;

/// A set of text spans, kept sorted and merged so that look-ups are binary searches.
#[derive(Debug, Clone, Default)]
pub struct Spans(Vec<Span>);

impl Spans {
    /// The union of `spans`.
    pub fn new(mut spans: Vec<Span>) -> Spans {
        super::order::sort_by_key(&mut spans, |s| s.start as u64);
        let mut merged: Vec<Span> = Vec::with_capacity(spans.len());
        for s in spans {
            match merged.last_mut() {
                Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
                _ => merged.push(s),
            }
        }
        Spans(merged)
    }

    /// The merged span that ends after `at`, if it starts before `end`.
    fn first_after(&self, at: usize, end: usize) -> Option<&Span> {
        let i = self.0.partition_point(|s| s.end <= at);
        self.0.get(i).filter(|s| s.start < end)
    }

    /// Whether `span` shares a character with the set.
    pub fn overlaps(&self, span: &Span) -> bool {
        self.first_after(span.start, span.end).is_some()
    }

    /// Whether `span` lies inside one span of the set.
    pub fn contains(&self, span: &Span) -> bool {
        self.first_after(span.start, span.end).is_some_and(|s| s.start <= span.start && span.end <= s.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merged_overlaps_and_containment() {
        let s = Spans::new(vec![10..20, 0..5, 15..25]);
        assert!(s.overlaps(&(4..6)) && s.overlaps(&(24..30)) && !s.overlaps(&(5..10)));
        assert!(s.contains(&(11..25)) && !s.contains(&(4..6)) && !s.contains(&(25..26)));
    }
}
