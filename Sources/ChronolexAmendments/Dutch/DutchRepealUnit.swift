import ChronolexModel

/// "Artikel 5 wordt opgeheven", "De artikelen 5 tot 9 worden opgeheven": the unit stays,
/// repealed. "Het koninklijk besluit van … wordt ingetrokken": a withdrawal.
enum DutchRepealUnitForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        guard case .unit = clause.subject, s.takeAny(["wordt", "worden"]) != nil else { return nil }
        if s.take("opgeheven") { return [ClauseOutput(target: clause.target, change: .repeal)] }
        if s.take("ingetrokken") { return [ClauseOutput(target: clause.target, change: .withdraw)] }
        return nil
    }
}
