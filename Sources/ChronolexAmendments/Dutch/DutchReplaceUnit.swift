import ChronolexModel

/// "Artikel 5 wordt vervangen als volgt: « … »", "… wordt vervangen door wat volgt: « … »".
enum DutchReplaceUnitForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        switch clause.subject {
        case .unit, .none: break
        default: return nil
        }
        guard s.takeAny(["wordt", "worden"]) != nil, s.take("vervangen") else { return nil }
        let announced = NewText.takeAnnouncement(&s)
        let target = clause.target
        let text = NewText.read(&s, announced: announced)
        return [ClauseOutput(target: target, change: .replaceUnits(text), announced: announced, readAs: NewText.expected(replacing: target))]
    }
}
