import ChronolexModel

/// "A l'article 160 du même arrêté, les modifications suivantes sont apportées :",
/// "L'article L. 123-5 du code de l'éducation est ainsi modifié :": a lead-in whose
/// sub-instructions inherit its target and act.
enum LeadInForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        switch clause.subject {
        case .modifications:
            guard s.takeAuxiliary(), s.takeParticiple("apport") else { return nil }
        case .unit, .none:
            guard s.takeAuxiliary(), s.take("ainsi"), s.takeParticiple("modifi") else { return nil }
        default:
            return nil
        }
        _ = s.take(":")
        return [ClauseOutput(target: clause.target, change: nil, isLeadIn: true)]
    }
}
