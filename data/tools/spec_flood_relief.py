from gold_lib import Y, O, N, D, T

# A county's party members in flood relief, laid out as text extracted from
# a PDF newspaper page: page furniture (`2024年 7月 3日 星期三 04`), short
# visual lines with a blank line after each, letter-spaced lines, numbers
# and units broken across lines (`412.5⏎⏎毫 米`, `3.6万⏎⏎条`), verbs of
# mustering, handling, repairing and allocating before the thing counted
# (`调集抢险队伍38支` → 抢险队伍, `成功处置管涌险情12处` → 管涌险情,
# `抢修加固堤防8.6公里` → 堤防, `紧急调拨救灾帐篷1200顶` → 救灾帐篷, after
# a headline without punctuation), adverbs and verbs after a count
# (`15 名党员连夜转移`, `1260名网格员逐户排查`, `受灾群众返回家中`,
# `党员干部仍坚守`), `安置点开放92个`, `23支志愿服务队` (服务 ends nothing),
# `210台套` (one classifier), `凌晨2时许`, `近千名`, and numerals inside
# words (一线, 第一线, 一度, 队伍); optional: `零伤亡`, the weekday.
MENTIONS = [
    D('2024年 7月 3日', '2024-07-03'),
    O("星期三", "date"),
    N("[[04]]"),
    N("防汛[[一]]线"),
    D("6月28日", "--06-28"),
    Y("286毫米", "measure", 286, unit="毫米", noun="平均降雨量"),
    Y("412.5\n\n毫 米", "measure", 412.5, unit="毫米", noun="最大单站降雨量"),
    N("水 位 [[一]] 度"),
    Y("2.3米", "measure", 2.3, unit="米", noun="警戒水位"),
    N("第[[一]]线"),
    Y("126支", "count", 126, unit="支", noun="党员突击队"),
    Y("2800多名", "count", 2800, q="over", unit="名", noun="党员干部"),
    N("下沉到[[一]]线"),
    Y("340个", "count", 340, unit="个", noun="党员先锋岗"),
    T("凌晨2时许", "02:00", q="about"),
    Y("15 名", "count", 15, unit="名", noun="党员"),
    Y("1.86万人", "count", 18600, unit="人", noun="群众"),
    Y("4300余人", "count", 4300, q="over", unit="人", noun="老人儿童"),
    Y("92个", "count", 92, unit="个", noun="紧急避险安置点"),
    O("实现了\n\n[[零]]伤亡", "count", 0),
    Y("1260名", "count", 1260, unit="名", noun="网格员"),
    Y("3.6万\n\n条", "count", 36000, unit="条", noun="预警信息"),
    Y("460 余 处", "count", 460, q="over", unit="处", noun="隐患点"),
    Y("23支", "count", 23, unit="支", noun="志愿服务队"),
    Y("4000余名", "count", 4000, q="over", unit="名", noun="志愿者"),
    Y("5.2万小时", "duration", 52000, unit="小时", noun="志愿服务时长"),
    N("抢险队[[伍]]"),
    Y("38支", "count", 38, unit="支", noun="抢险队伍"),
    Y("1500余人", "count", 1500, q="over", unit="人", noun="救援人员"),
    Y("86艘", "count", 86, unit="艘", noun="冲锋舟和橡皮艇"),
    Y("210台套", "count", 210, unit="台套", noun="大型机械"),
    Y("72 小 时", "duration", 72, unit="小时"),
    Y("12处", "count", 12, unit="处", noun="管涌险情"),
    Y("8.6公里", "measure", 8.6, unit="公里", noun="堤防"),
    Y("27名", "count", 27, unit="名", noun="群众"),
    Y("近3个小时", "duration", 3, q="under", unit="小时", noun="努力"),
    Y("1200顶", "count", 1200, unit="顶", noun="救灾帐篷"),
    Y("3500张", "count", 3500, unit="张", noun="折叠床"),
    Y("8000余床", "count", 8000, q="over", unit="床", noun="棉被"),
    Y("2.6 万 箱", "count", 26000, unit="箱", noun="矿泉水"),
    Y("1.2 万 件", "count", 12000, unit="件", noun="方便食品"),
    Y("85吨", "measure", 85, unit="吨", noun="大米"),
    Y("2600万元", "money", 26000000, unit="元", noun="救灾资金"),
    Y("95%以上", "percent", 95, q="over", unit="%", noun="受灾群众"),
    Y("近千名", "count", 1000, q="under", unit="名", noun="党员干部"),
    N("重建[[一]]"),
]
