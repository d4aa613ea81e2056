import ChronolexModel

/// "Dans le même arrêté les articles suivants sont abrogés : 1. l'article 1er, 7° ; 2. …",
/// "les dispositions suivantes sont abrogées :": a lead-in whose points are the units
/// repealed, each a citation without a verb.
enum ListedRepealForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        switch clause.subject {
        case .unit(let reference) where reference.parts.isEmpty && reference.bareLevel != nil:
            break // "les articles" without a number
        case .none:
            guard s.take("les", "dispositions") else { return nil }
        default:
            return nil
        }
        guard s.takeAny(["suivants", "suivantes"]) != nil, s.takeAuxiliary(), s.takeParticiple("abrog") || s.takeParticiple("supprim"),
              s.isMark(":") else { return nil }
        s.index += 1
        return [ClauseOutput(target: UnitReference(clause.context), change: .repeal, isLeadIn: true)]
    }
}
