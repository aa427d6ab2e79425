//! Where the bars of a chart go: plain geometry in the units of the
//! chart's `viewBox`, worked out from the numbers, so that the component
//! only draws what this says.

/// The drawing's size, in its own units: wide enough for a quarter's weeks,
/// small enough that its words stay readable on a phone.
pub const WIDTH: f64 = 400.0;
pub const HEIGHT: f64 = 220.0;
/// Room for the scale's numbers on the left, the labels below, and a bar's
/// number above it.
const LEFT: f64 = 34.0;
const BELOW: f64 = 26.0;
const ABOVE: f64 = 16.0;
/// The room a label's character needs, and the space between two labels:
/// fewer labels are written when groups are narrower than the widest.
const LABEL_CHARACTER: f64 = 8.0;
const LABEL_GAP: f64 = 4.0;

/// One place along the chart: its label and a bar for each series.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub label: String,
    pub values: Vec<u32>,
    /// What each bar says above it, if anything (a percentage, a count).
    pub texts: Vec<Option<String>>,
}

/// A bar as drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    /// Which series it is (0, 1, …): its look.
    pub series: usize,
    pub text: Option<String>,
}

/// A label under the chart, centred on `x`.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub x: f64,
    pub text: String,
}

/// A line of the scale, at `y`, for `value`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tick {
    pub y: f64,
    pub value: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub bars: Vec<Bar>,
    pub labels: Vec<Label>,
    pub ticks: Vec<Tick>,
    /// The baseline's height, where bars stand.
    pub baseline: f64,
    pub left: f64,
}

/// The smallest of 1, 2, 5, 10, 20, 50, … that is at least `n`: the top of
/// a scale that reads in round numbers.
pub fn round_top(n: u32) -> u32 {
    let mut step = 1u32;
    loop {
        for top in [step, step.saturating_mul(2), step.saturating_mul(5)] {
            if top >= n {
                return top;
            }
        }
        step = step.saturating_mul(10);
    }
}

/// The layout of `groups`, on a scale from 0 to `top` (a round number
/// above the largest value, unless given: 100 for percentages).
pub fn layout(groups: &[Group], top: Option<u32>) -> Layout {
    let largest = groups.iter().flat_map(|group| group.values.iter().copied()).max().unwrap_or(0);
    let top = top.unwrap_or_else(|| round_top(largest.max(1)));
    let baseline = HEIGHT - BELOW;
    let tall = baseline - ABOVE;
    let room = (WIDTH - LEFT) / groups.len().max(1) as f64;
    let series = groups.iter().map(|group| group.values.len()).max().unwrap_or(1).max(1);
    // A fifth of each group's room is the gap between groups.
    let width = room * 0.8 / series as f64;
    let widest = groups.iter().map(|group| group.label.chars().count()).max().unwrap_or(0);
    let every = ((widest as f64 * LABEL_CHARACTER + LABEL_GAP) / room).ceil().max(1.0) as usize;
    let mut bars = Vec::new();
    let mut labels = Vec::new();
    for (at, group) in groups.iter().enumerate() {
        let start = LEFT + room * at as f64 + room * 0.1;
        for (series, value) in group.values.iter().enumerate() {
            let height = tall * f64::from(*value) / f64::from(top);
            bars.push(Bar {
                x: start + width * series as f64,
                y: baseline - height,
                width,
                height,
                series,
                text: group.texts.get(series).cloned().flatten(),
            });
        }
        if at % every == 0 {
            labels.push(Label { x: LEFT + room * (at as f64 + 0.5), text: group.label.clone() });
        }
    }
    // Nought, the top, and the middle where it is a whole number.
    let middle = top.is_multiple_of(2).then_some(top / 2);
    let ticks = [Some(0), middle, Some(top)]
        .into_iter()
        .flatten()
        .map(|value| Tick { y: baseline - tall * f64::from(value) / f64::from(top), value })
        .collect();
    Layout { bars, labels, ticks, baseline, left: LEFT }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group(label: &str, values: &[u32]) -> Group {
        Group { label: label.into(), values: values.to_vec(), texts: vec![None; values.len()] }
    }

    #[test]
    fn scales_end_on_round_numbers() {
        let tops: Vec<u32> = [0, 1, 3, 7, 10, 11, 45, 51, 180, 999].into_iter().map(round_top).collect();
        assert_eq!(tops, [1, 1, 5, 10, 10, 20, 50, 100, 200, 1000]);
    }

    #[test]
    fn bars_stand_on_the_baseline_in_proportion() {
        let drawn = layout(&[group("a", &[10, 5]), group("b", &[0, 20])], None);
        assert_eq!(drawn.bars.len(), 4);
        let tall = drawn.baseline - ABOVE;
        // The largest, 20, reaches the top of a scale of 20.
        assert_eq!(drawn.bars[3].height, tall);
        assert_eq!(drawn.bars[0].height, tall / 2.0);
        assert_eq!(drawn.bars[2].height, 0.0);
        for bar in &drawn.bars {
            assert_eq!(bar.y + bar.height, drawn.baseline);
            assert!(bar.x >= LEFT && bar.x + bar.width <= WIDTH);
        }
        // The second series stands beside the first.
        assert_eq!(drawn.bars[1].x, drawn.bars[0].x + drawn.bars[0].width);
        assert_eq!(drawn.ticks.iter().map(|tick| tick.value).collect::<Vec<_>>(), [0, 10, 20]);
    }

    #[test]
    fn narrow_groups_are_labelled_every_so_often() {
        let weeks: Vec<Group> = (0..14).map(|n| group(&format!("{n}/12"), &[1, 1])).collect();
        let drawn = layout(&weeks, None);
        let labelled: Vec<&str> = drawn.labels.iter().map(|label| label.text.as_str()).collect();
        // 366 units for 14 weeks: 26 each; "13/12" needs 44: a label every second week.
        assert_eq!(labelled, ["0/12", "2/12", "4/12", "6/12", "8/12", "10/12", "12/12"]);
        let days: Vec<Group> = (0..12).map(|n| group(&n.to_string(), &[1])).collect();
        assert_eq!(layout(&days, None).labels.len(), 12, "short labels, every one");
        let months = layout(&[group("Jul", &[90]), group("Aug", &[100])], Some(100));
        assert_eq!(months.labels.len(), 2);
        assert_eq!(months.bars[1].y, ABOVE, "100 % reaches the top");
    }
}
