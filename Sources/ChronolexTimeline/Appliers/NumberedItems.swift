import ChronolexAmendments
import ChronolexModel

/// Applies a change inside a numbered item of an annex ("dans la section 1, 1.3, le d)",
/// "la disposition 1.5.2 est remplacée", "au point 1.A de l'annexe VI.3-4, le 10°", "les
/// 4.4 à 4.6 sont remplacés"). Justel prints an annex as one pseudo-article whose alinéas
/// hold the items' numbers as words: the item is the alinéa that begins with its number,
/// and the alinéas after it up to the next item that is not its own (or the next heading
/// of a division). The change is applied to those alinéas as if they were an article of
/// their own, then put back in place.
///
/// Only what the item's own labels decide is applied: the whole item, its words, its points
/// (`d)`, `10°`, a dash). Alinéas and sentences counted inside an item are not: whether the
/// line of its number is its first alinéa is not certain, and is said.
extension TimelineBuilder {
    mutating func applyInItem(_ change: Change, _ edit: Edit, at date: LegalDate, applied: AppliedEdit) -> Result<String, Failure> {
        let target: UnitReference
        switch annexArticle(edit, at: date) {
        case .failure(let failure): return .failure(failure)
        case .success(nil):
            return .failure(.unsupported("a numbered item (« \(edit.target.description) ») outside an annex is not located yet"))
        case .success(let moved?): target = moved
        }
        let steps = target.steps
        guard case .article(let key)? = steps.first,
              let i = steps.lastIndex(where: { if case .item = $0 { return true } else { return false } }),
              case .item(let number) = steps[i] else {
            return .failure(.unsupported("numbered items are located inside an annex only"))
        }
        // The divisions and items cited above the item ("la section 2, sous-section 2.1,
        // 2.1.2") are its containers: its number, found once in the annex, is enough.
        let rest = Array(steps[(i + 1)...])
        guard rest.allSatisfy({ if case .point = $0 { return true } else { return false } }) else {
            return .failure(.unsupported("\(UnitReference(rest).description) of the numbered item « \(number) » is counted inside the item, and whether the line of its number is its first alinéa is not certain; not applied"))
        }
        var last = number
        var through = target.through
        if case .item(let end)? = through {
            guard rest.isEmpty else { return .failure(.unsupported("a range of numbered items with units inside them is not applied yet")) }
            last = end
            through = nil
        }
        guard let article = current(key), article.status != .repealed else {
            return .failure(.notFound("art. \(key) (the annex) does not exist in the act on \(date.iso)"))
        }
        guard article.paragraphs.count == 1 else {
            return .failure(.unsupported("the annex is printed in §§: its numbered items are not located yet"))
        }
        let alineas = article.paragraphs[0].alineas
        let span: Range<Int>
        switch Self.itemSpan(from: number, through: last, in: alineas) {
        case .failure(let failure): return .failure(failure)
        case .success(let found): span = found
        }
        let name = last == number ? number : "\(number) à \(last)"
        let place = "art. \(key), \(name) (al. \(span.count == 1 ? "\(span.lowerBound + 1)" : "\(span.lowerBound + 1)–\(span.upperBound)"))"
        // Alinéas placed by their count inside the item: not certain (see above).
        if case .insertUnits(let unit, _, let position) = change, unit.kind == .alinea || unit.kind == .paragraph, position != .end {
            return .failure(.unsupported("an alinéa placed by the count of the alinéas of the numbered item « \(number) »: whether the line of its number is its first alinéa is not certain; not applied"))
        }
        // The whole item replaced: its alinéas become the new text's, each block an alinéa
        // (a block that begins with a point's label, a point of the alinéa before it).
        if rest.isEmpty, case .replaceUnits(let fragment) = change {
            var blocks = fragment.blocks
            if let first = blocks.first, Self.itemHeading(first) != number {
                // "2.1.2, la disposition est remplacée par … : « Les déchets … »": the words
                // of an item of one alinéa, its number kept before them.
                guard span.count == 1, last == number, alineas[span.lowerBound].points.isEmpty else {
                    return .failure(.unsupported("the new text of the numbered item « \(number) » does not begin with its number, and the item has several alinéas or points: which of them the new text replaces is not certain; not applied"))
                }
                blocks[0] = String(alineas[span.lowerBound].text.prefix { $0 != " " }) + " " + first
            }
            guard !blocks.isEmpty else { return .failure(.unreadable("the instruction gives no new text")) }
            // A new text that holds the number of an item printed after the span: the item
            // may go on past where its numbers say it ends.
            let after = Set(alineas[span.upperBound...].compactMap { Self.itemHeading($0.text) })
            if let again = blocks.dropFirst().compactMap(Self.itemHeading).first(where: after.contains) {
                return .failure(.unsupported("the new text of « \(name) » holds the item « \(again) », which the annex prints after it: where « \(name) » ends is not certain; not applied"))
            }
            var new = article
            new.paragraphs[0].alineas.replaceSubrange(span, with: Self.alineas(blocks))
            var record = applied
            record.units = [place]
            commit(key, new, at: date, by: record)
            return .success(place)
        }
        // The item's alinéas as an article of their own, changed by the change's own applier.
        var scratch = self
        guard var history = scratch.histories[key], let top = history.versions.indices.last else {
            return .failure(.notFound("art. \(key) (the annex) has no version on \(date.iso)"))
        }
        history.versions[top].article.paragraphs = [Paragraph(number: nil, alineas: Array(alineas[span]))]
        scratch.histories[key] = history
        var inside = edit
        inside.target = UnitReference([.article(key)] + rest, through: through)
        let result = scratch.applyCounting(change, inside, at: date, applied: applied)
        guard case .success(let resolvedInside) = result else { return result }
        guard let changed = scratch.current(key), changed.paragraphs.allSatisfy({ $0.number == nil }) else {
            return .failure(.unsupported("the new text of the numbered item « \(number) » holds §§; not applied"))
        }
        var new = article
        new.paragraphs[0].alineas.replaceSubrange(span, with: changed.paragraphs.flatMap(\.alineas))
        notes = scratch.notes
        let below = resolvedInside.hasPrefix("art. \(key)") ? String(resolvedInside.dropFirst("art. \(key)".count)) : ", " + resolvedInside
        let resolved = place + below
        var record = applied
        record.units = [resolved]
        commit(key, new, at: date, by: record)
        return .success(resolved)
    }

    /// The alinéas of the items from `first` through `last`: from the alinéa that begins
    /// with `first`'s number to the one before the next numbered item that is not inside
    /// `last` (`2.1.2.1` is inside `2.1.2`; `B.` after `4.6` is not), or the next division's
    /// heading, or the end. Each number must begin exactly one alinéa.
    static func itemSpan(from first: String, through last: String, in alineas: [Alinea]) -> Result<Range<Int>, Failure> {
        let headings = alineas.map { itemHeading($0.text) }
        func only(_ number: String) -> Result<Int, Failure> {
            let found = headings.indices.filter { headings[$0] == number }
            guard found.count == 1 else {
                return .failure(.notFound(found.isEmpty ? "no alinéa of the annex begins with the number « \(number) »"
                                                        : "\(found.count) alinéas of the annex begin with the number « \(number) »: which is meant is not certain"))
            }
            return .success(found[0])
        }
        let start: Int
        switch only(first) {
        case .failure(let failure): return .failure(failure)
        case .success(let index): start = index
        }
        var end = start
        if last != first {
            switch only(last) {
            case .failure(let failure): return .failure(failure)
            case .success(let index): end = index
            }
            guard end > start else { return .failure(.notFound("the item « \(last) » stands before « \(first) » in the annex")) }
        }
        var k = end + 1
        while k < alineas.count {
            if let heading = headings[k], !heading.hasPrefix(last + ".") { break }
            if startsDivision(alineas[k].text) { break }
            k += 1
        }
        return .success(start..<k)
    }

    /// The alinéas of a new text written as blocks: a block that begins with a point's
    /// label (`a)`, `2°`) is a point of the alinéa before it.
    static func alineas(_ blocks: [String]) -> [Alinea] {
        var alineas: [Alinea] = []
        var previous: PointLabel?
        for block in blocks {
            let head = String(block.prefix { $0 != " " })
            if !alineas.isEmpty, head.count < block.count, let label = PointLabel.parse(head, after: previous), label.kind != .number {
                let words = String(block.dropFirst(head.count)).trimmingSpaces
                alineas[alineas.count - 1].points.append(Point(label: label, sentences: Words.sentences(words)))
                previous = label
            } else {
                alineas.append(Alinea(sentences: Words.sentences(block)))
                previous = nil
            }
        }
        return alineas
    }

    /// The number an alinéa begins with when it heads a numbered item: `1.5.2`, `2.1.2`
    /// (the final dot dropped), `1.A` (``ItemNumber``), or a capital alone before a dot
    /// (`B.`); `nil` for anything else (`3.` is a point, `1.000` an amount).
    static func itemHeading(_ text: String) -> String? {
        let head = text.prefix { $0 != " " && $0 != "\u{00A0}" }
        if head.count == 2, let c = head.first, c.isUppercase, c.isASCII, head.last == "." { return String(c) }
        return ItemNumber.parse(head)
    }

    /// True for an alinéa that heads a division of the annex (« Section 2. … », « Chapitre III »).
    static func startsDivision(_ text: String) -> Bool {
        let first = text.prefix { $0.isLetter || $0 == "-" }.lowercased()
        return ["section", "sous-section", "chapitre", "titre", "partie", "annexe"].contains(first)
    }
}
