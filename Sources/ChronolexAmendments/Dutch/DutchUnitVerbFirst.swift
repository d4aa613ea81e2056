import ChronolexModel

/// A unit named after the verb: "In artikel 5 wordt het tweede lid opgeheven", "… wordt
/// het 2° vervangen als volgt: « … »", "… wordt het tweede lid hersteld als volgt: « … »".
enum DutchUnitVerbFirstForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        let start = s.index
        guard case .none = clause.subject, s.takeAny(["wordt", "worden"]) != nil else { return nil }
        // « wordt in § 2 het tweede lid vervangen », « wordt in het eerste lid de bepaling onder
        // 3° opgeheven » (look 20).
        var context = clause.target.steps
        let placeStart = s.index
        guard DutchPlace.read(&s, into: &context), !s.isWord("een") else { s.index = start; return nil }
        // « in het eerste lid de bepaling onder 3° »: the place and the unit read as one
        // citation (two determiners in it); the unit is its last part.
        let placeAndUnit = s.index > placeStart && ["opgeheven", "vervangen"].contains(s.word() ?? "")
            && s.tokens[placeStart..<s.index].filter({ $0.isWord("de") || $0.isWord("het") }).count >= 2
        let target: UnitReference
        if s.isWord("het"), let a = s.word(1).flatMap(ReferenceReader.ordinal), s.isWord("en", at: 2), s.isWord("het", at: 3),
           let b = s.word(4).flatMap(ReferenceReader.ordinal), s.isWord("lid", at: 5), b == a + 1 {
            // « worden het tweede en het derde lid opgeheven »: the noun once, after the second
            // ordinal (look 19); two alinéas that follow each other, a range.
            s.index += 6
            target = UnitReference(context + [.alinea(a)], through: .alinea(b))
        } else if placeAndUnit {
            target = UnitReference(context)
        } else {
            guard let ref = ReferenceReader.read(&s), !ref.parts.isEmpty else {
                s.index = start
                return nil
            }
            target = UnitReference(ReferenceReader.merge(context, ref.parts), through: ref.through)
            // « worden de bepalingen onder 2° en 4° opgeheven » (look 23): each unit listed is
            // its own repeal; any other change of units apart is not read (never the first alone).
            if let first = ref.listed, !ref.others.isEmpty {
                _ = s.take(",")
                guard s.take("opgeheven") else {
                    throw InstructionError("a change of several units apart (\(([first] + ref.others).map(\.description).joined(separator: ", "))) is read only as a repeal")
                }
                let holder = Array(target.steps.dropLast())
                return ([first] + ref.others).map { ClauseOutput(target: UnitReference(holder + [$0]), change: .repeal) }
            }
        }
        // « wordt het eerste lid, 2°, vervangen door wat volgt »: the comma after the place.
        _ = s.take(",")
        // « opgeheven bij het koninklijk besluit van … »: the unit's history, never its repeal.
        if s.isWord("opgeheven"), s.isWord("bij", at: 1) {
            throw InstructionError("« opgeheven bij … » after the unit is its history; the verb after it is not read: «\(s.rest())»", kind: .noForm)
        }
        if s.take("opgeheven") { return [ClauseOutput(target: target, change: .repeal)] }
        // « wordt het tweede lid hersteld als volgt: " … " », « … hersteld in de volgende
        // lezing: » (look 23): the Dutch « est rétabli », as « Artikel 3, § 1, tweede lid, wordt
        // hersteld … » (``DutchRepealUnitForm``).
        if target.through == nil, s.take("hersteld") {
            let announced = NewText.takeAnnouncement(&s)
            let text = NewText.read(&s, announced: announced)
            return [ClauseOutput(target: target, change: .reestablish(text), announced: announced, readAs: NewText.expected(replacing: target))]
        }
        // « In artikel 3 wordt het tweede lid het derde lid » (look 19): renumbered.
        if target.through == nil, s.isWord("het") || s.isWord("de") {
            let save = s.index
            s.index += 1
            if let new = ReferenceReader.read(&s), new.parts.count == 1, let old = target.steps.last, new.parts[0].level == old.level, s.atEnd || s.isMark(".") {
                return [ClauseOutput(target: target, change: .renumber(as: UnitReference(Array(target.steps.dropLast()) + new.parts)))]
            }
            s.index = save
        }
        // « wordt de eerste zin aangevuld met de woorden « … » » (look 29: not read): words
        // at the end of the unit, as « est complétée par les mots ».
        if s.isWord("aangevuld"), s.isWord("met", at: 1) {
            let save = s.index
            s.index += 2
            if let words = WordNouns.read(&s) { return [ClauseOutput(target: target, change: .insertWords(words.text, at: .end))] }
            s.index = save
        }
        // « wordt § 1 aangevuld met een lid, luidende: » (look 20): the unit before the verb.
        if s.take("aangevuld", "met"), let unit = NewUnitReader.read(&s) {
            let announced = NewText.takeAnnouncement(&s)
            let text = NewText.read(&s, announced: announced)
            return [CompleteUnitForm.appended(unit, text, to: target, announced: announced)]
        }
        guard s.take("vervangen") else { return nil }
        let announced = NewText.takeAnnouncement(&s)
        let text = NewText.read(&s, announced: announced)
        return [ClauseOutput(target: target, change: .replaceUnits(text), announced: announced, readAs: NewText.expected(replacing: target))]
    }
}
