from gold_lib import Y, O, N, D, T

# A Hong Kong government press release in Traditional Chinese, written after
# the fourth audit of four pages (digital economy, holiday travel, a Hong
# Kong press release, a county's government work report): groups of three
# digits parted by a space (`約3 900人`, `69 812宗`, `逾1 200場`), also
# after a multiplier (`約11萬7 100人` is 117100, `約4萬1 700人` is 41700),
# 港元 and 萬/億 (`約1億2,000萬港元`), 宗 and 名, 個百分點 (a number),
# 百分之六, 約四成, 按年, 截至九月三十日, 介乎15至78歲 (a range), the
# 今年首九個月 whose 首 names nothing, 預留 (the sum set aside names no
# noun) and 批准撥款 (撥款). The noun of the two rates read across
# `失業率由…的3.0%` is not judged. No: the 一 of 上一個; optional: the
# quarter of the headline, the ranges of months (二〇二四年七月至九月, one
# range as a range of days is), 近十年來,
# 第二低, and the fiscal year 2024-25.
MENTIONS = [
    O('第三季', 'date'),
    D('十一月十八日', '--11-18'),
    O('二〇二四年七月至九月', 'date'),
    Y('3.0%', 'percent', 3, unit='%'),
    O('八月至十月', 'date'),
    Y('3.1%', 'percent', 3.1, unit='%'),
    Y('1.1%', 'percent', 1.1, unit='%', noun='就業不足率'),
    N('上[[一]]個'),
    Y('三個月', 'duration', 3, unit='個月'),
    Y('約3 900人', 'count', 3900, q='about', unit='人', noun='總就業人數'),
    Y('約367萬人', 'count', 3670000, q='about', unit='人', noun='總就業人數'),
    Y('約5 100人', 'count', 5100, q='about', unit='人', noun='勞動人口'),
    Y('約381萬人', 'count', 3810000, q='about', unit='人', noun='勞動人口'),
    Y('約3 200人', 'count', 3200, q='about', unit='人', noun='失業人數'),
    Y('約11萬7 100人', 'count', 117100, q='about', unit='人', noun='失業人數'),
    Y('約800人', 'count', 800, q='about', unit='人', noun='就業不足人數'),
    Y('約4萬1 700人', 'count', 41700, q='about', unit='人', noun='就業不足人數'),
    Y('0.3個百分點', 'number', 0.3, unit='個百分點', noun='失業率'),
    Y('0.5個百分點', 'number', 0.5, unit='個百分點', noun='失業率'),
    Y('0.2個百分點', 'number', 0.2, unit='個百分點', noun='失業率'),
    Y('九個月', 'duration', 9, unit='個月'),
    Y('69 812宗', 'count', 69812, unit='宗', noun='罪案'),
    Y('3.9%', 'percent', 3.9, unit='%', noun='罪案'),
    Y('28 956宗', 'count', 28956, unit='宗', noun='詐騙案'),
    Y('百分之六', 'percent', 6, unit='%', noun='詐騙案'),
    Y('約61億港元', 'money', 6100000000, q='about', unit='港元', noun='金額'),
    Y('約四成', 'percent', 40, q='about', unit='%'),
    Y('6 814宗', 'count', 6814, unit='宗', noun='網上購物騙案個案'),
    Y('3 210宗', 'count', 3210, unit='宗', noun='投資騙案'),
    Y('約22.4億港元', 'money', 2240000000, q='about', unit='港元', noun='涉款'),
    D('九月三十日', '--09-30'),
    Y('1 586名', 'count', 1586, unit='名', noun='涉嫌詐騙人士'),
    Y('15至78歲', 'count', None, q='range', low=15, high=78, unit='歲', noun='年齡'),
    Y('5 233宗', 'count', 5233, unit='宗', noun='暴力罪案'),
    Y('2.1%', 'percent', 2.1, unit='%', noun='暴力罪案'),
    O('十年', 'duration', 10, unit='年'),
    O('第二', 'ordinal', 2),
    Y('1 904宗', 'count', 1904, unit='宗', noun='爆竊案'),
    Y('百分之十一', 'percent', 11, unit='%', noun='爆竊案'),
    O('2024-25', 'date'),
    Y('約1億2,000萬港元', 'money', 120000000, q='about', unit='港元'),
    D('七月', '--07'),
    Y('8,500萬元', 'money', 85000000, unit='元', noun='撥款'),
    Y('32個', 'count', 32, unit='個', noun='職位'),
    Y('九個月', 'duration', 9, unit='個月'),
    Y('逾1 200場', 'count', 1200, q='over', unit='場', noun='防騙講座'),
    Y('約26萬人次', 'count', 260000, q='about', unit='人次', noun='市民'),
    Y('約18萬次', 'count', 180000, q='about', unit='次', noun='查詢'),
    D('2024年11月18日', '2024-11-18'),
    T('16時30分', '16:30'),
]
