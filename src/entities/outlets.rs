//! News outlets printed in the body (an outlet printed in the body is an organisation): the outlet of a dateline (东南网8月7日讯, 中新网银川4月21日电, 四川在线消息, 【时报-…】),
//! of an opening credit ((速新闻记者 张琥), 千秋新闻【记者 …】) and of an attribution (据甘肃日报报道,
//! 据《北京日报》报道, the title then an organisation and not a document). A name with an outlet's
//! ending (网, 在线, 新闻, 社, 报 …) is an outlet only in one of these places.

use super::lexicon::OUTLET_ENDINGS;
use super::Candidate;
use crate::model::EntityType;
use crate::text::pattern;
use std::sync::LazyLock;

/// An outlet where a dateline, a credit or an attribution places it: at a line start, after an
/// opening bracket or after 据 (《 allowed; 据 may open the line), a short name with an outlet's ending,
/// its parent outlet in brackets optional (荆楚网(湖北日报网)讯: both outlets), its channel after a middle
/// dot optional (中国网·滨海高新讯: the outlet, not the place its name opens), then a dateline
/// (a city and a day optional before 讯/电/消息), a reporter's credit (记者), the close of a source tag
/// (【时报-各报要闻】) or 报道.
static OUTLET: LazyLock<regex::Regex> = LazyLock::new(|| {
    let endings: Vec<String> = OUTLET_ENDINGS.iter().map(|w| regex::escape(w)).collect();
    pattern::compile(&format!(
        r"(?m)(?:^[ \t\u{{3000}}]*(?:据《?)?|[（(【]|据《?)(\p{{Han}}{{1,6}}?(?:{0}))》?(?:[（(](\p{{Han}}{{1,8}}?(?:{0}))[)）])?(?:[·•・‧]\p{{Han}}{{2,8}}?)?(?:\p{{Han}}{{2,4}}[0-9]{{1,2}}月[0-9]{{1,2}}日|[0-9]{{1,2}}月[0-9]{{1,2}}日)?(?:讯|电|消息|报道|[ \u{{3000}}]*记者|【记者|[-－】])",
        endings.join("|")
    ))
});

/// A newspaper's title in 《》 wherever it is printed (接受《联合早报》访问, 向《南洋商报》说): an outlet,
/// no document; only the endings of a paper's name, not 公报, 年报 or 学报.
static PAPER: LazyLock<regex::Regex> =
    LazyLock::new(|| pattern::compile(r"《(\p{Han}{1,8}?(?:日报|晚报|早报|晨报|商报|时报|都市报))》"));

/// Words that make a dateline's name the writer's own paper, no outlet's name (本报讯, 本网讯).
const OWN: &[char] = &['本', '我', '该'];

/// Every outlet so placed in `text`.
pub(super) fn find(text: &str) -> Vec<Candidate> {
    OUTLET
        .captures_iter(text)
        .flat_map(|c| [c.get(1), c.get(2)].into_iter().flatten())
        .filter(|m| m.as_str().chars().count() >= 2 && !m.as_str().starts_with(OWN))
        .chain(PAPER.captures_iter(text).filter_map(|c| c.get(1)))
        .map(|m| Candidate::new(m.range(), EntityType::Organization))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&str> {
        find(text).iter().map(|c| &text[c.span.clone()]).collect()
    }

    #[test]
    fn outlets_of_datelines_credits_and_attributions() {
        assert_eq!(names("南方网3月2日讯据江城日报报道，本报讯"), vec!["南方网", "江城日报"]);
        assert_eq!(names("(快新闻记者 李某) 两地"), vec!["快新闻"]);
        assert_eq!(names("江汉网(江城日报网)讯 两地"), vec!["江汉网", "江城日报网"]);
        assert_eq!(names("华夏网·东湖高新讯 两地\n华夏网•江城频道3月2日电"), vec!["华夏网", "华夏网"]);
        assert!(names("江城网·东湖高新区发布新政").is_empty());
        assert!(names("全省电网建设提速，据统计报告").is_empty());
        assert_eq!(names("他接受《南洋早报》访问，发布《统计公报》"), vec!["南洋早报"]);
    }
}
