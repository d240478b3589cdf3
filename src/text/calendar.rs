//! Calendar readings the cleaner's header dates and the dates stage share.

/// The day and the month of a date printed as two numbers before its year (1/5/2024, 25/4/2024): the
/// order the numbers allow (25/4 is day first, 4/25 month first), else day first where the writer
/// prints dates so (`day_first`), else none. The caller checks the ranges (a month of 0, a day of 40).
pub(crate) fn day_and_month(first: u32, second: u32, day_first: bool) -> Option<(u32, u32)> {
    match (first > 12, second > 12) {
        (true, false) => Some((first, second)),
        (false, true) => Some((second, first)),
        (false, false) if day_first => Some((first, second)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::day_and_month;

    #[test]
    fn the_order_the_numbers_allow_else_the_writers() {
        assert_eq!(day_and_month(25, 4, false), Some((25, 4)));
        assert_eq!(day_and_month(4, 25, false), Some((25, 4)));
        assert_eq!(day_and_month(1, 5, true), Some((1, 5)));
        assert_eq!(day_and_month(1, 5, false), None);
        assert_eq!(day_and_month(13, 25, true), None);
    }
}
