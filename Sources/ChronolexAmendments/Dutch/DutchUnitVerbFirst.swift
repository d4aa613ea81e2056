import ChronolexModel

/// A unit named after the verb: "In artikel 5 wordt het tweede lid opgeheven", "… wordt
/// het 2° vervangen als volgt: « … »".
enum DutchUnitVerbFirstForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        guard case .none = clause.subject, s.takeAny(["wordt", "worden"]) != nil, !s.isWord("een"),
              let ref = ReferenceReader.read(&s), !ref.parts.isEmpty else { return nil }
        let target = UnitReference(ReferenceReader.merge(clause.target.steps, ref.parts), through: ref.through)
        if s.take("opgeheven") { return [ClauseOutput(target: target, change: .repeal)] }
        guard s.take("vervangen") else { return nil }
        let announced = NewText.takeAnnouncement(&s)
        let text = NewText.read(&s, announced: announced)
        return [ClauseOutput(target: target, change: .replaceUnits(text), announced: announced, readAs: NewText.expected(replacing: target))]
    }
}
