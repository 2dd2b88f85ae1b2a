"""Usage: python3 data/tools/table_variants.py src/tables.rs   (needs `pip install opencc`)

Adds Traditional (and Simplified) variants of table words to src/tables.rs.

For each table, every word is converted with OpenCC (s2t, s2tw, s2hk, t2s);
variants not yet in the table are added with the same constructor and
payload as their source entry, except those listed in SKIP.
"""
import re, sys, opencc
SKIP = {
    "千万",   # "ten million" in Simplified; 千萬 "by all means" is Taiwan usage
    "著",     # 著名: not a function word
    "圓", "塊錢",  # the currency of 圓/塊錢 in Traditional text is TWD or HKD, not CNY
}
EXTRA = sys.argv[2:] if len(sys.argv) > 2 else []
path = sys.argv[1]
src = open(path, encoding="utf-8").read()
convs = [opencc.OpenCC(n) for n in ["s2t", "s2tw", "s2hk", "t2s"]]
out = []
pos = 0
for m in re.finditer(r"(pub\(crate\) static (\w+): &\[([^\]]*)\] = &\[\n)(.*?)(\n\];)", src, re.S):
    head, name, ty, body, tail = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)
    out.append(src[pos:m.start()])
    pos = m.end()
    if ty == "char":
        items = {c: f"'{c}'" for c in re.findall(r"'(.)'", body)}
        key = lambda s: s
        def variant_line(line, old, new):
            return f"'{new}'"
    else:
        lines = [l for l in body.split("\n") if l.strip()]
        items = {}
        for l in lines:
            w = re.search(r'"([^"]*)"', l).group(1)
            items[w] = l
        def variant_line(line, old, new):
            return line.replace(f'"{old}"', f'"{new}"', 1)
    added = []
    for w, line in list(items.items()):
        for c in convs:
            v = c.convert(w)
            if v != w and v not in items and v not in SKIP:
                items[v] = variant_line(line, w, v)
                added.append((w, v))
    keys = sorted(items, key=lambda s: s.encode("utf-8"))
    if ty == "char":
        keys = sorted(items)  # code point order
        newbody = "    " + ", ".join(items[k] for k in keys) + ","
    else:
        newbody = "\n".join(items[k] for k in keys)
    out.append(head + newbody + tail)
    print(name, len(added), " ".join(f"{a}>{b}" for a, b in added), file=sys.stderr)
out.append(src[pos:])
open(path, "w", encoding="utf-8").write("".join(out))
