import ChronolexModel

/// "In artikel 5 worden de volgende wijzigingen aangebracht:": a lead-in whose
/// sub-instructions inherit its target and act.
enum DutchLeadInForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        switch clause.subject {
        case .modifications:
            guard s.take("worden"), s.take("aangebracht") else { return nil }
        case .unit, .none:
            guard s.take("worden", "de", "volgende", "wijzigingen", "aangebracht") else { return nil }
        default:
            return nil
        }
        _ = s.take(":")
        return [ClauseOutput(target: clause.target, change: nil, isLeadIn: true)]
    }
}
