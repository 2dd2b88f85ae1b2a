//! Filters: numerals that are no quantity.
//!
//! A numeral inside a word or a name is not a claim: a lone 一 (an article
//! far more often than a number), quoted names (“58”同城), list markers
//! (`1、`, `（一）`), telephone, hotline and code numbers (拨打 120,
//! `ISO 9001`, 5G), page numbers and section references (`第 3 版`,
//! `— 12 —`), scores (`3比1`) and institutions (`第一人民医院`). Each test
//! here looks at a few characters around a candidate in the cleaned
//! sentence, so the cost per candidate stays constant.

use crate::scan::{self, Cleaned};
use crate::tables::{FORMAT_EVENTS, NUMBERED_NAMES};
use std::sync::LazyLock;

/// A lone 一 is an article far more often than a quantity (一个问题,
/// 一台电脑): it is never reported on its own.
pub(crate) fn is_lone_yi(core: &str) -> bool {
    matches!(core, "一" | "壹" | "幺")
}

/// Whether a lone 二 before a classifier names the second of a series
/// (`二期工程`, `二次供水`, `二楼`, `二组`, `二把手`, `二道区`) rather than
/// counting two, which Chinese writes 两 before a classifier (两期, 两次).
/// People are the exception: 二人, 二位 and 二名 count in formal prose.
pub(crate) fn is_second_of_series(core: &str, classifier: &str) -> bool {
    core == "二" && !matches!(classifier, "人" | "位" | "名")
}

/// Whether an ordinal is a reference into a document or a name, not a
/// rank: pages, sections and issues (`第 3 版`, `第三节`, `第一部分`, `第一段`,
/// `下转第4页`, `总第1203期`), institutions (`第一人民医院`), and the
/// enumeration that opens a clause (`第一，…`).
pub(crate) fn is_heading_or_name(
    clean: &str,
    start: usize,
    num_end: usize,
    end: usize,
    unit: Option<&str>,
) -> bool {
    // 期 is an issue of a paper or a phase of a project or a course
    // (`第5期`, `二期工程`): a name, like 届, never a rank.
    const SECTIONS: [&str; 16] = [
        "版", "页", "頁", "面", "节", "節", "章", "条", "條", "款", "篇", "卷", "编", "部分", "段",
        "期",
    ];
    // Courts and the instance of a trial name no rank either
    // (`第二中级人民法院`, `第一审行政案件`, `第二審`).
    // Nor do welfare homes, kindergartens and schools (`第二社会福利院`,
    // `第三实验小学`).
    const NAMES: [&str; 43] = [
        "人民医院",
        "人民醫院",
        "医院",
        "醫院",
        "中学",
        "中學",
        "小学",
        "小學",
        "实验小学",
        "實驗小學",
        "实验中学",
        "實驗中學",
        "实验学校",
        "實驗學校",
        "实验幼儿园",
        "實驗幼兒園",
        "高级中学",
        "高級中學",
        "初级中学",
        "初級中學",
        "职业中学",
        "職業中學",
        "中心小学",
        "中心小學",
        "附属",
        "附屬",
        "中级人民法院",
        "中級人民法院",
        "人民法院",
        "检察分院",
        "檢察分院",
        "审",
        "審",
        "监狱",
        "監獄",
        "社会福利院",
        "社會福利院",
        "福利院",
        "敬老院",
        "养老院",
        "養老院",
        "幼儿园",
        "幼兒園",
    ];
    // Most ordinals are followed by none of these words, which the first
    // character rules out with one look-up in the set of the words' first
    // characters, before sixty comparisons of whole words.
    static FIRSTS: LazyLock<scan::CharSet> = LazyLock::new(|| {
        scan::CharSet::new(
            SECTIONS
                .iter()
                .chain(NAMES.iter())
                .filter_map(|w| w.chars().next()),
        )
    });
    let may_open = |s: &str| s.chars().next().is_some_and(|c| FIRSTS.contains(c));
    let after = &clean[end..];
    let rest = &clean[num_end..];
    // The section word is looked for after the number as well as in the
    // unit read: in `第一部分` the unit read is the classifier 部.
    if unit.is_some_and(|u| may_open(u) && SECTIONS.contains(&u))
        || (may_open(rest)
            && (SECTIONS.iter().any(|w| rest.starts_with(w))
                || NAMES.iter().any(|w| rest.starts_with(w))))
    {
        return true;
    }
    if unit.is_none() {
        if may_open(after) && SECTIONS.iter().any(|w| after.starts_with(w)) {
            return true;
        }
        // `第一，坚持…；第二，…` enumerates; `居中西部第一。` ranks.
        let opens_clause = clean[..start]
            .chars()
            .next_back()
            .is_none_or(|c| matches!(c, '，' | '；' | '：' | '。' | '！' | '？' | ',' | ';' | ':'));
        let enumerates = after.starts_with(['，', '、', '：', ',', ':']) || after.starts_with("是");
        if opens_clause && enumerates {
            return true;
        }
    }
    false
}

/// Whether a run of five or more digits ends in a plausible year: a page
/// number glued to it (`072024年`).
pub(crate) fn is_glued_year(core: &str) -> bool {
    core.len() >= 5
        && core.bytes().all(|b| b.is_ascii_digit())
        && matches!(&core[core.len() - 4..core.len() - 2], "19" | "20")
}

/// Whether a number is being dialled (拨打 120, 撥打1968): a phone number,
/// whatever follows it.
pub(crate) fn dialled(clean: &str, start: usize) -> bool {
    // Most numbers follow none of these words, nor the spaces, colons and
    // 热线 that may stand between: the last character rules them out at
    // once.
    let last = clean[..start].chars().next_back();
    if !last
        .is_some_and(|c| DIALLING_ENDS.contains(&c) || matches!(c, ' ' | '：' | ':' | '线' | '線'))
    {
        return false;
    }
    let before = &clean[back_chars(clean, start, 4)..start];
    let b = before.trim_end_matches([' ', '：', ':']);
    let b = b
        .strip_suffix("热线")
        .or_else(|| b.strip_suffix("熱線"))
        .unwrap_or(b);
    if !b.ends_with(DIALLING_ENDS) {
        return false;
    }
    // 拨 of 下拨, 划拨 and 调拨 (`县财政下拨2000万元`) allocates a sum and
    // dials nothing.
    if let Some(head) = b.strip_suffix(['拨', '撥']) {
        if head.ends_with(['下', '划', '劃', '调', '調']) {
            return false;
        }
    }
    DIALLING.iter().any(|w| b.ends_with(w))
}

/// Whether the number that starts at `start` of `clean` is part of an
/// address or a stake mark, not a quantity: a building, entrance or room
/// after a house number (`解放路88号3栋2单元501室`: 3栋, 2单元 and 501 go
/// with 88号), or the metres after a kilometre mark of a road
/// (`K36+500处`). Only the words right before the number are read, and
/// most numbers end it on the first test.
pub(crate) fn in_address(clean: &str, start: usize) -> bool {
    const PARTS: [&str; 9] = ["号楼", "號樓", "单元", "單元", "号", "號", "栋", "棟", "幢"];
    const ROADS: [char; 8] = ['路', '街', '道', '巷', '弄', '里', '村', '组'];
    let before = &clean[..start];
    // Most numbers follow neither a plus sign nor the last character of
    // an address part, which one decoded character tells before any word
    // is compared.
    let Some(last) = before.chars().next_back() else {
        return false;
    };
    // `K36+500`: the sign of the metres follows the kilometre's digits.
    if matches!(last, '+' | '＋') {
        let head = &before[..before.len() - last.len_utf8()];
        let digits = head.trim_end_matches(|c: char| c.is_ascii_digit());
        return digits.len() < head.len() && digits.ends_with(['K', 'k']);
    }
    if !PARTS.iter().any(|w| w.ends_with(last)) {
        return false;
    }
    // Walk back over the parts of an address (`3栋`, `2单元`, `88号`) to
    // the name of the road a house number follows.
    let mut rest = before;
    let mut parts = 0;
    loop {
        let Some(part) = PARTS.iter().find(|w| rest.ends_with(*w)) else {
            return false;
        };
        let head = &rest[..rest.len() - part.len()];
        let digits = head.trim_end_matches(|c: char| c.is_ascii_digit() || c == '-');
        if digits.len() == head.len() {
            return false;
        }
        parts += 1;
        if matches!(*part, "号" | "號") {
            return digits.ends_with(ROADS);
        }
        if parts == 3 {
            return false;
        }
        rest = digits;
    }
}

/// Whether the number `clean[start..end]` names a service line
/// (`12345市民热线`, `12315消费者投诉热线`, `96110反诈专线`): three to six
/// digits from 1 or 9, with 热线 or 专线 a few ideographs on. A unit may
/// follow the number (市 in 12345市民热线), so this is asked of every
/// quantity, and most end it on the first test.
pub(crate) fn is_hotline(clean: &str, start: usize, end: usize) -> bool {
    let digits = &clean.as_bytes()[start..end];
    if !(3..=6).contains(&digits.len())
        || !matches!(digits[0], b'1' | b'9')
        || !digits.iter().all(u8::is_ascii_digit)
    {
        return false;
    }
    // The ideographs after the number, up to eight.
    let rest = &clean[end..];
    let words = rest
        .char_indices()
        .take(8)
        .take_while(|&(_, c)| ('\u{4E00}'..='\u{9FFF}').contains(&c))
        .last()
        .map_or("", |(i, c)| &rest[..i + c.len_utf8()]);
    // `110接处警平均到场时间`, `120急救中心`: an emergency number right
    // before the word of its service names that service.
    if matches!(digits, b"110" | b"119" | b"120" | b"122")
        && EMERGENCY_SERVICES.iter().any(|w| words.starts_with(w))
    {
        return true;
    }
    ["热线", "熱線", "专线", "專線"]
        .iter()
        .any(|w| words.contains(w))
}

/// Whether the words right after a span of time make it part of a name of
/// its own (`15分钟健身圈`, `半小时经济圈`, `1小时交通圈`): a circle of places
/// within that reach is a planning concept, and the span is no duration
/// anyone measured. The 圈 must come within the first few ideographs.
pub(crate) fn names_circle(after: &str) -> bool {
    after
        .chars()
        .take(7)
        .take_while(|c| ('\u{4E00}'..='\u{9FFF}').contains(c))
        .any(|c| c == '圈')
}

/// The words of the police, fire, ambulance and traffic services that follow
/// their emergency numbers (110, 119, 120, 122) in the name of the service.
const EMERGENCY_SERVICES: [&str; 13] = [
    "出警",
    "急救",
    "報警",
    "报警",
    "指挥",
    "指揮",
    "接处警",
    "接處警",
    "接警",
    "救护车",
    "救護車",
    "联动",
    "聯動",
];

/// The words after which a number is dialled or a code, not a quantity.
const DIALLING: [&str; 20] = [
    "拨打", "撥打", "致电", "致電", "拨", "撥", "呼叫", "代码", "代碼", "编号", "編號", "编码",
    "編碼", "邮编", "郵編", "证号", "證號", "ISO", "GB", "GB/T",
];

/// The last characters of the `DIALLING` words (a test keeps them so).
const DIALLING_ENDS: [char; 15] = [
    '打', '电', '電', '拨', '撥', '叫', '码', '碼', '号', '號', '编', '編', 'O', 'B', 'T',
];

/// Whether a bare number stands in a row of digit groups separated by
/// spaces (`8456 2210`, table columns): part of a code or a table, not a
/// claim of its own.
pub(crate) fn in_digit_group(clean: &str, start: usize, end: usize) -> bool {
    let b = clean.as_bytes();
    (start >= 2 && b[start - 1] == b' ' && b[start - 2].is_ascii_digit())
        || (end + 1 < b.len() && b[end] == b' ' && b[end + 1].is_ascii_digit())
}

/// Whether a bare number at `start..end` is part of a stock index's name
/// (`沪深300指数`, `上证50`, `中证1000`): an index or fund word after it,
/// or an index family before it.
pub(crate) fn in_index_name(clean: &str, start: usize, end: usize) -> bool {
    const FAMILIES: [&str; 12] = [
        "沪深", "滬深", "上证", "上證", "中证", "中證", "深证", "深證", "科创", "科創", "国证",
        "國證",
    ];
    let after = &clean[end..];
    // Most numbers follow none of the families' last characters.
    let family = clean[..start]
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, '深' | '证' | '證' | '创' | '創'))
        && FAMILIES.iter().any(|w| clean[..start].ends_with(w));
    // 指 begins with byte E6: most numbers are followed by neither it nor
    // the E of ETF, which the first byte tells before three comparisons.
    family
        || (matches!(after.as_bytes().first(), Some(0xE6 | b'E'))
            && (after.starts_with("指数") || after.starts_with("指數") || after.starts_with("ETF")))
}

/// Whether a bare number is one side of a score or ratio (`3比1`,
/// `7.1∶38.0`), which is no quantity of its own.
pub(crate) fn in_score(clean: &str, start: usize, end: usize) -> bool {
    // `·` joins the month and day of a named date (`3·15`, `9·11`).
    const MARKS: [&str; 6] = ["比", "∶", ":", "：", "·", "•"];
    let digit_at =
        |s: &str| s.starts_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c));
    let digit_before =
        |s: &str| s.ends_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c));
    MARKS.iter().any(|m| {
        clean[end..].strip_prefix(m).is_some_and(digit_at)
            || clean[..start].strip_suffix(m).is_some_and(digit_before)
    })
}

/// Whether the Arabic number at `start..end` of `clean` is a term of a
/// product that names the format of an event (`4×100米接力`, a relay of
/// four legs of 100 m; `3×3篮球`, basketball of three a side; see
/// `FORMAT_EVENTS`): neither term measures anything the text claims. The
/// stroke of a swimming relay may stand between the product and the event
/// (`4×200米自由泳接力`); a product of a power of ten (`3×10⁸米`) names no
/// event.
pub(crate) fn in_event_format(clean: &str, start: usize, end: usize) -> bool {
    const TIMES: [char; 5] = ['×', 'x', 'X', '*', '＊'];
    const STROKES: &str = "混合自由泳蛙仰蝶男女";
    // Most numbers have no sign of a product on either side: the byte after
    // them and the byte before them rule that out without decoding (× is
    // C3 97, ＊ EF BC 8A).
    let bytes = clean.as_bytes();
    let next = bytes.get(end).copied();
    let prev = start.checked_sub(1).map(|i| bytes[i]);
    if !next.is_some_and(|b| matches!(b, 0xC3 | 0xEF | b'x' | b'X' | b'*'))
        && !prev.is_some_and(|b| matches!(b, 0x97 | 0x8A | b'x' | b'X' | b'*'))
    {
        return false;
    }
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    // Where the second term ends: after the digits that follow the sign
    // after the number, or at the number's end when it follows a sign
    // after digits.
    let second_end = match clean[end..].strip_prefix(TIMES) {
        Some(rest) if digits(rest) > 0 => clean.len() - rest.len() + digits(rest),
        Some(_) => return false,
        None => match clean[..start].strip_suffix(TIMES) {
            Some(before) if before.ends_with(|c: char| c.is_ascii_digit()) => end,
            _ => return false,
        },
    };
    let after = &clean[second_end..];
    let after = after
        .strip_prefix(['米', 'm'])
        .unwrap_or(after)
        .trim_start_matches(|c: char| STROKES.contains(c));
    FORMAT_EVENTS.iter().any(|w| after.starts_with(w))
}

/// Whether the numeral at `a..b` stands inside the title marks of a work
/// or a document (《流浪地球2》, 《长安三万里》, 《第二十条》): part of its
/// name, which states no quantity. Only a title closed within the sentence
/// counts, so that a lone mark leaves the numbers after it alone.
pub(crate) fn in_book_title(clean: &str, a: usize, b: usize) -> bool {
    const MAX_INSIDE: usize = 40;
    // Most sentences have no title: 《 (E3 80 8A) is looked for among the
    // bytes before the number first, by the fast search of its last byte,
    // before any character is counted. That byte ends many ideographs too,
    // so each place it stands is checked for the two bytes before it.
    let near = &clean.as_bytes()[a.saturating_sub(4 * MAX_INSIDE)..a];
    if !memchr::memrchr_iter(0x8A, near).any(|i| i >= 2 && near[i - 2..i] == [0xE3, 0x80]) {
        return false;
    }
    let before = &clean[back_chars(clean, a, MAX_INSIDE)..a];
    let opened = before
        .rfind(['《', '》'])
        .is_some_and(|i| before[i..].starts_with('《'));
    let after = &clean[b..forward_chars(clean, b, MAX_INSIDE)];
    opened
        && after
            .find(['《', '》'])
            .is_some_and(|i| after[i..].starts_with('》'))
}

/// Whether the numeral at `a..b` stands inside short quotation marks
/// (“58”同城, “十共”清单, “三长制”): a quoted name, not a quantity. A mark
/// that ends a sentence or a clause between the number and either
/// quotation mark makes the quotation speech (`“离家只有几百米，很方便。”`),
/// whose numbers are quantities.
pub(crate) fn in_short_quote(clean: &str, a: usize, b: usize) -> bool {
    const MAX_INSIDE: usize = 8;
    let bytes = clean.as_bytes();
    // Most numbers have no quotation mark near them: the eight characters
    // before the number lie within its last 32 bytes, and when none of
    // those is a byte that begins a mark (`"`, E2 or E3), eight at a time,
    // there is nothing to look for.
    if !may_hold_quote(&bytes[a.saturating_sub(4 * MAX_INSIDE)..a]) {
        return false;
    }
    // The nearest quotation mark among the eight characters before the
    // number, found on the bytes: only the lead bytes of marks are decoded.
    let mut k = a;
    let mut seen = 0;
    let mut open = None;
    while k > 0 && seen < MAX_INSIDE {
        k -= 1;
        if bytes[k] & 0xC0 == 0x80 {
            continue;
        }
        seen += 1;
        if let Some(q) = quote_at(bytes, k) {
            open = Some(q);
            break;
        }
        if ends_clause_at(clean, k) {
            return false;
        }
    }
    if !matches!(open, Some('“' | '「' | '『' | '‘' | '"')) {
        return false;
    }
    let mut k = b;
    let mut seen = 0;
    while k < bytes.len() && seen < MAX_INSIDE {
        if matches!(quote_at(bytes, k), Some('”' | '」' | '』' | '’' | '"')) {
            return true;
        }
        if ends_clause_at(clean, k) {
            return false;
        }
        k += crate::scan::char_len(bytes[k]);
        seen += 1;
    }
    false
}

/// Whether a mark that ends a sentence or a clause (。，！？；) begins at
/// byte `k` of `clean`, a character boundary. Their lead bytes, E3 for 。
/// and EF for the full-width others, are tested first.
#[inline]
fn ends_clause_at(clean: &str, k: usize) -> bool {
    matches!(clean.as_bytes()[k], 0xE3 | 0xEF) && clean[k..].starts_with(CLAUSE_ENDS)
}

/// The marks that end a sentence or a clause, which a quoted name does not
/// hold.
const CLAUSE_ENDS: [char; 5] = ['。', '，', '！', '？', '；'];

/// Whether `bytes` may hold the first byte of a quotation mark: `"`, or
/// E2 or E3, the lead bytes of “ ” ‘ ’ and 「 」 『 』 (and of other
/// punctuation, which the caller tells apart).
fn may_hold_quote(bytes: &[u8]) -> bool {
    use crate::scan::word_holds;
    // E2 and E3 differ in their lowest bit only, and no other byte becomes
    // E3 when that bit is set: setting it in every byte finds either in
    // one test, where testing each cost one more test per eight bytes of
    // the 32 before nearly every number.
    const LOW_BITS: u64 = 0x0101_0101_0101_0101;
    let mut words = bytes.chunks_exact(8);
    for w in &mut words {
        let w = u64::from_le_bytes(w.try_into().unwrap_or([0; 8]));
        if word_holds(w, b'"') || word_holds(w | LOW_BITS, 0xE3) {
            return true;
        }
    }
    words
        .remainder()
        .iter()
        .any(|&b| b == b'"' || b | 1 == 0xE3)
}

/// The quotation mark that begins at byte `k` (a character boundary), if
/// any: `"`, “ ” ‘ ’ (E2 80 9C, 9D, 98, 99) or 「 」 『 』 (E3 80 8C–8F).
#[inline]
fn quote_at(bytes: &[u8], k: usize) -> Option<char> {
    match (bytes[k], bytes.get(k + 1), bytes.get(k + 2)) {
        (b'"', _, _) => Some('"'),
        (0xE2, Some(0x80), Some(&t)) => match t {
            0x9C => Some('“'),
            0x9D => Some('”'),
            0x98 => Some('‘'),
            0x99 => Some('’'),
            _ => None,
        },
        (0xE3, Some(0x80), Some(&t)) => match t {
            0x8C => Some('「'),
            0x8D => Some('」'),
            0x8E => Some('『'),
            0x8F => Some('』'),
            _ => None,
        },
        _ => None,
    }
}

/// Whether a number touches an ASCII letter (5G, G20, COVID-19, PM2.5): a
/// name or code, not a quantity.
pub(crate) fn letter_adjacent(clean: &str, start: usize, num_end: usize) -> bool {
    // This is asked of nearly every quantity, and most stand between
    // ideographs and punctuation. The bytes around the number tell them
    // without decoding a character: an ASCII byte is a whole character,
    // so the one after the number is a letter or `_` only if that byte
    // is; and a last byte before it of 0x80 or more, other than those
    // that end `·` (C2 B7) and `•` (E2 80 A2), ends a character that is
    // neither a space nor a dot to look past, nor a letter or mark.
    let bytes = clean.as_bytes();
    if bytes
        .get(num_end)
        .is_some_and(|&b| b.is_ascii_alphabetic() || b == b'_')
    {
        return true;
    }
    match start.checked_sub(1).map(|i| bytes[i]) {
        None => return false,
        Some(b) if b >= 0x80 && b != 0xB7 && b != 0xA2 => return false,
        Some(_) => {}
    }
    // The cleaned view keeps one space only between two ASCII letters or
    // digits: `iPhone 15` and `ISO 9001` are names too.
    let before_space = clean[..start].strip_suffix(' ').unwrap_or(&clean[..start]);
    // A car plate puts a middle dot after its letter (`浙A·12345`).
    let before_space = before_space
        .strip_suffix(['·', '•'])
        .filter(|b| b.ends_with(|c: char| c.is_ascii_alphabetic()))
        .unwrap_or(before_space);
    let before = before_space.chars().next_back();
    before.is_some_and(|c| c.is_ascii_alphabetic() || c == '-' || c == '_' || c == '/')
}

/// Whether a bare number is one group of a hyphenated code or telephone
/// number (`400-820-1234`, `0571-8765`): a hyphen with a digit on its
/// other side is no minus sign and no range of a quantity.
pub(crate) fn in_hyphenated_code(clean: &str, start: usize, end: usize) -> bool {
    const HYPHENS: [char; 2] = ['-', '－'];
    let is_digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    let mut before = clean[..start].chars().rev();
    let mut after = clean[end..].chars();
    (before.next().is_some_and(|c| HYPHENS.contains(&c)) && before.next().is_some_and(is_digit))
        || (after.next().is_some_and(|c| HYPHENS.contains(&c))
            && after.next().is_some_and(is_digit))
}

/// Whether a bare number is a list marker: `1、` or `1.` at the start of a
/// line or of a clause (`主要做法：1.抓落实；2.抓创新`), or `(1)` / `（1）`.
pub(crate) fn is_list_marker(
    raw: &str,
    view: &Cleaned,
    clean: &str,
    start: usize,
    end: usize,
) -> bool {
    let next = clean[end..].chars().next();
    let prev = clean[..start].chars().next_back();
    if matches!(prev, Some('（' | '(' | '〔' | '[' | '［' | '【'))
        && matches!(next, Some('）' | ')' | '〕' | ']' | '］' | '】'))
    {
        return true;
    }
    if !matches!(next, Some('、' | '.' | '．' | '，' | ',' | '）' | ')')) {
        return false;
    }
    // Items run on in one paragraph after a colon or a full stop, as PDF
    // text joins lines; a comma after the number is left out here, since
    // `分别为：1，` may give a value.
    if matches!(next, Some('、' | '.' | '．'))
        && matches!(prev, Some('：' | ':' | '；' | ';' | '。' | '！' | '？'))
    {
        return true;
    }
    let orig = view.original_at(start);
    let line_start = raw[..orig].trim_end_matches([' ', '\t', '\u{3000}']);
    // Notes under a table or a communiqué number their items after the
    // label (`注：1.本公报…`).
    let line_start = ["注：", "注:", "註：", "註:", "说明：", "說明："]
        .iter()
        .find_map(|w| line_start.strip_suffix(w))
        .map_or(line_start, |s| s.trim_end_matches([' ', '\t', '\u{3000}']));
    line_start.is_empty() || line_start.ends_with('\n') || line_start.ends_with('\r') || start == 0
}

/// Whether a bare number labels a figure, a table or an annex (`图 3`,
/// `表2.1`, `见附件1`, `详见附表2`): a reference into the document, not a
/// claim.
pub(crate) fn is_label(clean: &str, start: usize) -> bool {
    const LABELS: [&str; 7] = ["图", "圖", "表", "附件", "附录", "附錄", "附图"];
    let before = clean[..start].trim_end_matches(' ');
    // Most numbers follow none of the labels' last characters.
    before.ends_with(['图', '圖', '表', '件', '录', '錄'])
        && LABELS.iter().any(|w| before.ends_with(w))
}

/// Whether a number (its digits from `at`) is part of a name written with
/// Arabic digits (`618大促`, `58同城`, `361度`, `双11`; see
/// `NUMBERED_NAMES`), wherever the name puts its digits.
pub(crate) fn in_numbered_name(clean: &str, at: usize) -> bool {
    /// Each name split around its digits, once: (before, digits, after),
    /// with its digits as the key `digit_key` gives them; and one bit for
    /// each key that some name has.
    struct Parts {
        names: Vec<(&'static str, u16, &'static str)>,
        keys: [u64; 32],
    }
    static PARTS: LazyLock<Parts> = LazyLock::new(|| {
        let names: Vec<(&str, u16, &str)> = NUMBERED_NAMES
            .iter()
            .map(|name| {
                let a = name.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
                let b = a + name[a..]
                    .find(|c: char| !c.is_ascii_digit())
                    .unwrap_or(name.len() - a);
                (&name[..a], digit_key(&name.as_bytes()[a..b]), &name[b..])
            })
            .collect();
        let mut keys = [0; 32];
        for &(_, key, _) in &names {
            keys[usize::from(key >> 6)] |= 1 << (key & 63);
        }
        Parts { names, keys }
    });
    let (before, after) = clean.split_at(at);
    // The name's digits are the whole number: `双11` is not in `双110`. The
    // digits are compared first, which rules out almost every name; a run
    // of digits longer than any name's rules out all of them at once.
    let run = after.bytes().take(4).take_while(u8::is_ascii_digit).count();
    if run > 3 {
        return false;
    }
    let (digits, tail) = after.split_at(run);
    // Nearly every number is in no name: the digits, as one small integer
    // (below 2000 for three digits or fewer), are looked up in a bitmap of
    // the names' digits, and only a number with the digits of some name
    // goes through the names. Comparing the digits as strings called
    // `memcmp` for every name with as many digits.
    let key = digit_key(digits.as_bytes());
    let parts = &*PARTS;
    if parts.keys[usize::from(key >> 6)] & (1 << (key & 63)) == 0 {
        return false;
    }
    parts
        .names
        .iter()
        .any(|(pre, d, post)| *d == key && tail.starts_with(post) && before.ends_with(pre))
}

/// The ASCII digits `digits` (at most four) as one integer, after a leading
/// 1 that keeps their number: `11` is 111 and `011` is 1011, so that two
/// runs have the same key only when they are the same digits.
fn digit_key(digits: &[u8]) -> u16 {
    digits
        .iter()
        .fold(1, |k, &d| k * 10 + u16::from(d.wrapping_sub(b'0')))
}

/// Whether `c` may stand on a line that holds only a page number: digits,
/// noise, dashes, 第 页 共, slashes, middle dots and parentheses.
fn is_page_char(c: char) -> bool {
    c.is_ascii_digit()
        || ('０'..='９').contains(&c)
        || scan::is_noise(c)
        || matches!(
            c,
            '—' | '-'
                | '－'
                | '–'
                | '第'
                | '页'
                | '頁'
                | '共'
                | '/'
                | '·'
                | '('
                | ')'
                | '（'
                | '）'
        )
}

/// `is_page_char` for an ASCII byte, without making a `char` of it (a test
/// keeps the two in step).
#[inline]
fn is_page_byte(b: u8) -> bool {
    b.is_ascii_digit() || matches!(b, 0 | 0x09..=0x0D | b' ' | b'-' | b'/' | b'(' | b')')
}

/// Whether a bare number stands alone on its line, with at most dashes and
/// page words around it (`— 12 —`, `第 3 页 共 20 页`, a sidebar digit):
/// a page number or layout, not a claim.
pub(crate) fn is_page_number(raw: &str, at: usize) -> bool {
    // Only the text within `WINDOW` bytes either side of the number is
    // looked at: walking the whole line once per number made extraction
    // quadratic on long lines without breaks (`1 1 1 …`, `1.1.1.…`). A run
    // of page-number characters that long counts as such a line.
    const WINDOW: usize = 256;
    let (lo, hi) = crate::scan::window_around(raw, at, at, WINDOW);
    // The line around the number, within the window: from after the last
    // line break before it to the first after it.
    let bytes = raw.as_bytes();
    let from = memchr::memrchr(b'\n', &bytes[lo..at]).map_or(lo, |k| lo + k + 1);
    let to = memchr::memchr(b'\n', &bytes[at..hi]).map_or(hi, |k| at + k);
    // Its ASCII bytes, most of them in a run of page numbers or digits
    // spaced out by PDF extraction, are tested as bytes; the others as
    // characters.
    let line = &raw[from..to];
    let mut i = 0;
    while i < line.len() {
        let b = line.as_bytes()[i];
        if b < 0x80 {
            if !is_page_byte(b) {
                return false;
            }
            i += 1;
        } else {
            let Some(c) = line[i..].chars().next() else {
                break;
            };
            if !is_page_char(c) {
                return false;
            }
            i += c.len_utf8();
        }
    }
    true
}

/// Words in the four characters before a bare number that make it a
/// telephone number (拨 covers 拨打).
const PHONE_BEFORE: [&str; 17] = [
    "拨", "电话", "热线", "致电", "号码", "手机", "呼叫", "求助", "专线", "客服", "撥", "電話",
    "熱線", "致電", "號碼", "手機", "專線",
];

/// Words right after a bare number that make it a telephone, hotline,
/// emergency or road number, or an edition or model.
const PHONE_AFTER: [&str; 24] = [
    "热线",
    "急救",
    "电话",
    "报警",
    "专线",
    "服务台",
    "查询",
    "号",
    "號",
    "版",
    "型",
    "熱線",
    "電話",
    "報警",
    "專線",
    "路况",
    "路況",
    // Roads and lines: `台61線`, `地铁2线`.
    "線",
    "线",
    // `撥打119或110求援`: the second number is out of reach of 撥打.
    "求援",
    "求助",
    "求救",
    "报案",
    "報案",
];

/// Whether `c` begins a word of `PHONE_BEFORE` (a test keeps it so).
fn begins_phone_before(c: char) -> bool {
    matches!(
        c,
        '拨' | '撥'
            | '电'
            | '電'
            | '热'
            | '熱'
            | '致'
            | '号'
            | '號'
            | '手'
            | '呼'
            | '求'
            | '专'
            | '專'
            | '客'
    )
}

/// Whether `c` begins a word of `PHONE_AFTER` (a test keeps it so).
fn begins_phone_after(c: char) -> bool {
    matches!(
        c,
        '热' | '熱'
            | '急'
            | '电'
            | '電'
            | '报'
            | '報'
            | '专'
            | '專'
            | '服'
            | '查'
            | '号'
            | '號'
            | '版'
            | '型'
            | '路'
            | '線'
            | '线'
            | '求'
    )
}

/// Whether a bare number is a telephone, hotline or emergency number.
pub(crate) fn is_phone_number(clean: &str, start: usize, end: usize, core: &str) -> bool {
    let digits = core
        .chars()
        .filter(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
        .count();
    if digits >= 7 && !core.contains([',', '.', '．']) {
        return true;
    }
    let before = &clean[back_chars(clean, start, 4)..start];
    let after = &clean[end..forward_chars(clean, end, 4)];
    // A word of the list is looked for only where a character that begins
    // one stands: a substring search for each word cost more than the
    // rest of the filter.
    let before_hit = before.char_indices().any(|(i, c)| {
        begins_phone_before(c) && PHONE_BEFORE.iter().any(|w| before[i..].starts_with(w))
    });
    before_hit
        || after.chars().next().is_some_and(|c| {
            begins_phone_after(c) && PHONE_AFTER.iter().any(|w| after.starts_with(w))
        })
}

pub(crate) fn back_chars(s: &str, at: usize, n: usize) -> usize {
    s[..at]
        .char_indices()
        .rev()
        .take(n)
        .last()
        .map_or(at, |(i, _)| i)
}

pub(crate) fn forward_chars(s: &str, at: usize, n: usize) -> usize {
    s[at..]
        .char_indices()
        .nth(n)
        .map_or(s.len(), |(i, _)| at + i)
}

/// The character-by-character test that `in_short_quote` must agree with.
#[cfg(test)]
fn in_short_quote_reference(clean: &str, a: usize, b: usize) -> bool {
    const MAX_INSIDE: usize = 8;
    let open = clean[..a]
        .char_indices()
        .rev()
        .take(MAX_INSIDE)
        .find(|&(_, c)| {
            matches!(c, '“' | '「' | '『' | '‘' | '"' | '”' | '」' | '』' | '’')
                || CLAUSE_ENDS.contains(&c)
        });
    let Some((_, oc)) = open else {
        return false;
    };
    if !matches!(oc, '“' | '「' | '『' | '‘' | '"') {
        return false;
    }
    clean[b..]
        .chars()
        .take(MAX_INSIDE)
        .find(|&c| matches!(c, '”' | '」' | '』' | '’' | '"') || CLAUSE_ENDS.contains(&c))
        .is_some_and(|c| !CLAUSE_ENDS.contains(&c))
}

#[cfg(test)]
mod tests {
    use super::*;

    // `may_hold_quote` finds E2 and E3 in one test: every byte, at every
    // place of a window of any length up to the 32 bytes it is given, is
    // found exactly when it is one of the three.
    #[test]
    fn every_byte_that_may_begin_a_quotation_mark_is_found() {
        for len in 1..=32 {
            for at in 0..len {
                for b in 0..=255u8 {
                    let mut window = vec![b'a'; len];
                    window[at] = b;
                    let want = matches!(b, b'"' | 0xE2 | 0xE3);
                    assert_eq!(may_hold_quote(&window), want, "{b:#x} at {at} of {len}");
                }
            }
        }
    }

    #[test]
    fn numbered_names_hold_one_run_of_at_most_three_digits() {
        // `in_numbered_name` rules out longer runs before it looks at a name.
        for name in NUMBERED_NAMES {
            let runs: Vec<&str> = name
                .split(|c: char| !c.is_ascii_digit())
                .filter(|r| !r.is_empty())
                .collect();
            assert!(runs.len() == 1 && runs[0].len() <= 3, "{name}");
        }
        assert!(in_numbered_name("双11购物节", "双".len()));
        assert!(!in_numbered_name("双110件", "双".len()));
        assert!(!in_numbered_name("6180元", 0));
    }

    #[test]
    fn phone_words_begin_with_the_characters_looked_for() {
        for w in PHONE_BEFORE {
            assert!(w.chars().next().is_some_and(begins_phone_before), "{w}");
        }
        for w in PHONE_AFTER {
            assert!(w.chars().next().is_some_and(begins_phone_after), "{w}");
        }
    }

    proptest::proptest! {
        #[test]
        fn short_quotes_agree_with_the_plain_reading(
            s in "[“”「」『』‘’\"一二中。、a 1]{0,24}|[一二中a 1]{0,20}[“「\"][一二中a 1]{0,20}",
            a in 0usize..30,
            len in 0usize..4,
        ) {
            // A "number" from a character boundary `a` of `len` characters.
            let starts: Vec<usize> = s.char_indices().map(|(i, _)| i).chain([s.len()]).collect();
            let a = starts[a % starts.len()];
            let b = s[a..].char_indices().nth(len).map_or(s.len(), |(i, _)| a + i);
            proptest::prop_assert_eq!(in_short_quote(&s, a, b), in_short_quote_reference(&s, a, b));
        }
    }

    #[test]
    fn every_dialling_word_ends_with_a_listed_character() {
        for w in DIALLING {
            let last = w.chars().next_back().unwrap();
            assert!(DIALLING_ENDS.contains(&last), "{w}");
        }
    }

    #[test]
    fn page_bytes_are_the_ascii_page_characters() {
        for b in 0..0x80u8 {
            assert_eq!(is_page_byte(b), is_page_char(char::from(b)), "{b:#x}");
        }
    }

    #[test]
    fn each_filter_reads_its_cases() {
        // (filter, cleaned sentence, the number in it, expected)
        #[rustfmt::skip]
        let cases: &[(&str, &str, &str, bool)] = &[
            ("quote", "“58”同城党建", "58", true),
            ("quote", "打造58个示范点", "58", false),
            ("letter", "5G基站", "5", true),
            ("letter", "iPhone 15发布", "15", true),
            ("letter", "共15台", "15", false),
            ("dialled", "请拨打120求助", "120", true),
            ("dialled", "股票代码：688356", "688356", true),
            ("dialled", "共120人", "120", false),
            ("dialled", "请拨打热线12345", "12345", true),
            ("dialled", "拨打 110", "110", true),
            ("dialled", "生产线120条", "120", false),
            ("score", "以3比1获胜", "3", true),
            ("score", "增长3倍", "3", false),
            ("group", "电话8456 2210", "2210", true),
            ("phone", "0731-84567890", "84567890", true),
            ("phone", "国道1號", "1", true),
            ("phone", "反诈专线96110", "96110", true),
            ("phone", "撥打防詐專線165", "165", true),
            ("hyphen", "400-820-1234", "1234", true),
            ("hyphen", "400-820-1234", "820", true),
            ("hyphen", "增长-5%", "5", false),
            ("hyphen", "5-7天", "5", true),
            ("letter", "浙A·12345", "12345", true),
            ("letter", "全市·12345", "12345", false),
            // The bytes around the number rule most out before any
            // character is decoded: a letter after it, a mark or a dot
            // before it, and the text's ends.
            ("letter", "型号X-15", "15", true),
            ("letter", "第15_a", "15", true),
            ("letter", "A•12", "12", true),
            ("letter", "12", "12", false),
            ("letter", "共12%", "12", false),
            ("letter", "上涨/12", "12", true),
            ("letter", "12.5亿", "12.5", false),
            ("phone", "增长12%", "12", false),
            ("hotline", "或12345市民热线", "12345", true),
            ("hotline", "12315消费者投诉热线", "12315", true),
            ("hotline", "96110反诈专线", "96110", true),
            ("hotline", "開通1999市民熱線", "1999", true),
            ("hotline", "开通5条热线", "5", false),
            ("hotline", "12345件，热线", "12345", false),
            ("hotline", "2345市民热线", "2345", false),
            ("phone", "撥打119或110求援", "110", true),
            ("phone", "拨打119或110求助", "110", true),
            ("phone", "共有110人求助", "110", false),
            ("hotline", "110接处警平均到场时间", "110", true),
            ("hotline", "依托120急救网络", "120", true),
            ("hotline", "共120次接警", "120", false),
            ("hotline", "110报警", "110", true),
            ("phone", "在台61線西濱快速公路", "61", true),
            ("label", "详见附表2", "2", true),
            ("label", "如图 3", "3", true),
            ("label", "代表团共3", "3", false),
            ("named", "618大促期间", "618", true),
            ("named", "双11当天", "11", true),
            ("named", "双110件", "110", false),
            ("named", "6180元", "6180", false),
            ("address", "解放路88号3栋2单元501室", "3", true),
            ("address", "解放路88号3栋2单元501室", "2", true),
            ("address", "解放路88号3栋2单元501室", "501", true),
            ("address", "人民大道1号2号楼", "2", true),
            ("address", "K36+500处", "500", true),
            ("address", "建成3栋楼房", "3", false),
            ("address", "第88号3栋", "3", false),
            ("address", "增长+500", "500", false),
        ];
        for &(filter, clean, number, want) in cases {
            let start = clean.find(number).unwrap();
            let end = start + number.len();
            let got = match filter {
                "quote" => in_short_quote(clean, start, end),
                "letter" => letter_adjacent(clean, start, end),
                "dialled" => dialled(clean, start),
                "score" => in_score(clean, start, end),
                "group" => in_digit_group(clean, start, end),
                "phone" => is_phone_number(clean, start, end, number),
                "hyphen" => in_hyphenated_code(clean, start, end),
                "hotline" => is_hotline(clean, start, end),
                "label" => is_label(clean, start),
                "named" => in_numbered_name(clean, start),
                "address" => in_address(clean, start),
                _ => unreachable!(),
            };
            assert_eq!(got, want, "{filter}: {clean}");
        }
        assert!(is_page_number("正文\n— 12 —\n下文", 10));
        // Full-width digits and dashes, as a PDF of Traditional text has them.
        assert!(is_page_number("正文\n－ ３ －\n", 11));
        assert!(!is_page_number("共有 12 家", 7));
        assert!(is_glued_year("072024"));
        assert!(!is_glued_year("2024"));
    }
}
