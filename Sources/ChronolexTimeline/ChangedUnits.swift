import ChronolexModel

/// Which units of an article an edit changed: those whose words or status differ, or that
/// are new, found by comparing the article before and after (so that every kind of edit
/// — words, units, renumbering — is attributed the same way).
enum ChangedUnits {
    /// The canonical addresses of the units of `new` whose words did not stand in `old`
    /// (compared by content, so that an inserted alinéa does not mark the alinéas it
    /// pushes down); the article's own address when the article as a whole was replaced,
    /// inserted, repealed or re-established (`wordsEdit` false and everything changed).
    /// With `byAddress` (a renumbering), a unit whose words stand elsewhere in `old` changed
    /// too: its number is what the edit changed; when every unit was renumbered, the unit
    /// that holds them all — the § the alinéas became (« l'alinéa 1er devient le § 1er,
    /// alinéa 1er » numbers the alinéas after it too, until a later « l'alinéa 3 devient le
    /// § 2 » moves one out: look 26, the whole article was recorded, and the diff credited
    /// the § 2 to both), else the article.
    ///
    /// `belowArticle` (the edit names a sentence of a unit: « la première phrase est
    /// abrogée ») keeps an article of one alinéa from being taken as written whole when its
    /// one alinéa changed (look 31). `wholeArticle` says which of the two the article's
    /// address is: the article written whole, or its one alinéa.
    static func between(_ old: Article?, _ new: Article, wordsEdit: Bool, byAddress: Bool = false, belowArticle: Bool = false) -> (units: [String], wholeArticle: Bool) {
        let before = old.map(snapshot) ?? []
        let after = snapshot(new)
        let own = new.address.description
        if byAddress {
            let previous = Set(before.map { $0.address + "\u{0}" + $0.content })
            let changed = after.filter { !previous.contains($0.address + "\u{0}" + $0.content) }.map(\.address)
            guard changed.count == after.count, !after.isEmpty else { return (changed, false) }
            let unit = commonUnit(changed) ?? own
            return ([unit], unit == own)
        }
        var remaining: [String: Int] = [:]
        for unit in before { remaining[unit.content, default: 0] += 1 }
        var changed: [String] = []
        for unit in after {
            if let count = remaining[unit.content], count > 0 {
                remaining[unit.content] = count - 1
            } else {
                changed.append(unit.address)
            }
        }
        if old?.status != new.status || (!wordsEdit && !belowArticle && !after.isEmpty && changed.count == after.count) {
            return ([own], true)
        }
        return (changed, false)
    }

    /// The places where words were deleted from the units of `units`, each unit's text in
    /// `new` being its text in `old` without some of its words (``AppliedEdit/Deletion``).
    static func deletions(_ old: Article?, _ new: Article, units: [String]) -> [AppliedEdit.Deletion] {
        guard let old, !units.isEmpty else { return [] }
        var before: [String: String] = [:]
        for unit in snapshot(old) where unit.content != "(repealed)" { before[unit.address] = unit.content }
        let wanted = Set(units)
        return snapshot(new).compactMap { unit in
            guard wanted.contains(unit.address), unit.content != "(repealed)", let previous = before[unit.address] else { return nil }
            return AppliedEdit.Deletion.between(previous, unit.content, unit: unit.address)
        }
    }

    /// The smallest unit below the article that holds every one of `addresses`
    /// (`art. 3, § 1` for `art. 3, § 1, al. 1` and `art. 3, § 1, al. 2`); `nil` when only the
    /// article holds them all.
    static func commonUnit(_ addresses: [String]) -> String? {
        guard var common = addresses.first?.components(separatedBy: ", ") else { return nil }
        for address in addresses.dropFirst() {
            let parts = address.components(separatedBy: ", ")
            let shared = zip(common, parts).prefix { $0 == $1 }.count
            common.removeSubrange(shared...)
        }
        return common.count > 1 ? common.joined(separator: ", ") : nil
    }

    private struct Collector: ActVisitor {
        var units: [(address: String, content: String)] = []
        mutating func visitParagraph(_ paragraph: Paragraph, in article: Article, address: Address) {
            if paragraph.number != nil, paragraph.status == .repealed { units.append((address.description, "(repealed)")) }
            descend(into: paragraph, address: address)
        }
        mutating func visitAlinea(_ alinea: Alinea, address: Address) {
            units.append((address.description, alinea.status == .repealed ? "(repealed)" : alinea.text))
            descend(into: alinea, address: address)
        }
        mutating func visitPoint(_ point: Point, address: Address, depth: Int) {
            units.append((address.description, point.status == .repealed ? "(repealed)" : point.text))
            descend(into: point, address: address, depth: depth)
        }
    }

    static func snapshot(_ article: Article) -> [(address: String, content: String)] {
        var collector = Collector()
        collector.visitArticle(article)
        return collector.units
    }
}
