import ChronolexModel

/// "Artikel 5 wordt opgeheven", "De artikelen 5 tot 9 worden opgeheven": the unit stays,
/// repealed.
enum DutchRepealUnitForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        guard case .unit = clause.subject, s.takeAny(["wordt", "worden"]) != nil, s.take("opgeheven") else { return nil }
        return [ClauseOutput(target: clause.target, change: .repeal)]
    }
}
