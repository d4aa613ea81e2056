import ChronolexModel

/// "l'alinéa 2 est abrogé", "le 1° est abrogé", "le § 3 est abrogé", "L'article 20 est
/// abrogé", "Les articles 5 à 9 sont abrogés", "le troisième alinéa est supprimé", and
/// "Après le mot « X », la fin de la première phrase … est supprimée". A repealed unit
/// stays visible as repealed; later units keep their numbers. "L'arrêté royal du … est
/// retiré" is a withdrawal (``Change/withdraw``).
enum RepealUnitForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        let change: Change
        switch clause.subject {
        case .unit: change = .repeal
        case .endOf:
            if case .after(let words)? = clause.wordAnchor { change = .deleteEnd(after: words) } else { change = .deleteEnd(after: nil) }
        default: return nil
        }
        guard s.takeAuxiliary() else { return nil }
        // "dans les §§ 2 et 3, le 1° est à chaque fois abrogé": the unit in each place named,
        // which the parser made one edit each.
        _ = s.take("chaque", "fois")
        // "L'arrêté royal du … est retiré": a withdrawal, the act deemed never to have existed.
        if case .repeal = change, s.takeParticiple("retir") {
            return [ClauseOutput(target: clause.target, change: .withdraw)]
        }
        // « l'alinéa 3 est rapporté » (look 23: taken for a provision of the act, the text left
        // unchanged): « rapporter » says either a repeal (« abroger », from its date on) or a
        // withdrawal (« retirer », as if never made) — not read, said.
        if s.takeParticiple("rapport") {
            throw InstructionError("« rapporté » may mean repealed (« abrogé ») or withdrawn as if never made (« retiré »): which one is not certain; not read — check the text", kind: .noForm)
        }
        guard s.takeParticiple("abrog") || s.takeParticiple("supprim") else { return nil }
        let target = clause.target
        return [ClauseOutput(target: target, change: change)]
    }
}
