//! Exercises for workshops, as data: a starting scenario, a goal the core evaluates, and the
//! words around them in both languages. Each goal says how far the scenario is from it, so
//! that progress can be shown and announced; none gives the answer away.

use rust_decimal::Decimal;

use super::defaults::signed_convention;
use super::edit::Edit;
use super::locale::Lang;
use super::money::Money;
use super::plan::plan_view;
use super::provenance::Text;
use super::report::Status;
use super::rules::evaluate_with;
use super::scenario::{DeptId, Funder, Scenario, Year};
use super::totals::Totals;

/// What an exercise asks; every goal also asks that no rule be violated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Goal {
    /// The Départements' contributions, all years together, at most this.
    DeptTotalAtMost(Money),
    /// In this year, each département's total (State and Département) at least this, the
    /// State's amounts left as the exercise set them.
    YearTotalEachAtLeast { year: Year, total: Money },
    /// These years in the scenario, full years with the given State envelopes.
    YearsWithEnvelopes {
        years: Vec<Year>,
        state: Money,
        territory: Money,
    },
    /// What the bassin minier adds to a département's plan, at least this share (0.15).
    ShareAddedAtLeast { dept: DeptId, share: Decimal },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exercise {
    /// `?exercise=<id>`.
    pub id: &'static str,
    pub title: Text,
    pub instructions: Text,
    pub success: Text,
    pub goal: Goal,
    /// Changes made to the signed convention to set the exercise.
    pub setup: Vec<Edit>,
}

/// How far a scenario is from an exercise's goal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    pub met: bool,
    /// Rules violated (each must hold).
    pub violations: usize,
    /// The goal's own measure, phrased: « 2 600 000 € pour 2 500 000 € au plus ».
    pub measure: String,
}

impl Exercise {
    /// The scenario the exercise starts from.
    pub fn start(&self) -> Scenario {
        let base = signed_convention();
        let mut s = base.clone();
        for edit in &self.setup {
            // The setups are written for the convention and tested to apply.
            let _ = s.apply(edit.clone(), &base);
        }
        s
    }

    pub fn progress(&self, s: &Scenario, lang: Lang) -> Progress {
        let totals = Totals::new(s);
        let report = evaluate_with(s, &totals);
        let violations = report.count(Status::Violated);
        let money = |m: Money| lang.money(m);
        let (reached, measure) = match &self.goal {
            Goal::DeptTotalAtMost(max) => {
                let total = totals.bassin().departement;
                let text = match lang {
                    Lang::Fr => format!(
                        "Départements, toutes années\u{a0}: {} pour {} au plus",
                        money(total),
                        money(*max)
                    ),
                    Lang::En => format!(
                        "Départements, all years: {} for at most {}",
                        money(total),
                        money(*max)
                    ),
                };
                (total <= *max, text)
            }
            Goal::YearTotalEachAtLeast { year, total } => {
                let state_kept = self
                    .start()
                    .cells
                    .iter()
                    .filter(|(k, _)| k.year == *year)
                    .all(|(k, c)| s.amount(k, Funder::State) == c.state);
                let lowest = s
                    .departements
                    .iter()
                    .map(|d| totals.get(Some(&d.id), Some(*year), None).total())
                    .min()
                    .unwrap_or(Money::ZERO);
                let text = match lang {
                    Lang::Fr => format!(
                        "{year}, le moins doté des départements\u{a0}: {} pour {} au moins{}",
                        money(lowest),
                        money(*total),
                        if state_kept {
                            ""
                        } else {
                            " (l’État doit garder sa coupe)"
                        }
                    ),
                    Lang::En => format!(
                        "{year}, the least funded département: {} for at least {}{}",
                        money(lowest),
                        money(*total),
                        if state_kept {
                            ""
                        } else {
                            " (the State must keep its cut)"
                        }
                    ),
                };
                (lowest >= *total && state_kept, text)
            }
            Goal::YearsWithEnvelopes {
                years,
                state,
                territory,
            } => {
                let ready = years.iter().filter(|y| {
                    s.year(**y).is_some_and(|p| {
                        p.full_year.value
                            && p.state_envelope.value == *state
                            && p.territory_envelope.value == *territory
                    })
                });
                let count = ready.count();
                let list = years
                    .iter()
                    .map(|y| y.to_string())
                    .collect::<Vec<_>>()
                    .join(", ");
                let text = match lang {
                    Lang::Fr => format!(
                        "Années {list} avec les enveloppes de 2020\u{a0}: {count} sur {}",
                        years.len()
                    ),
                    Lang::En => format!(
                        "Years {list} with the 2020 envelopes: {count} of {}",
                        years.len()
                    ),
                };
                (count == years.len(), text)
            }
            Goal::ShareAddedAtLeast { dept, share } => {
                let total = plan_view(s, &totals, dept).map(|v| v.total);
                let added = total
                    .as_ref()
                    .and_then(|t| t.share_added())
                    .unwrap_or(Decimal::ZERO);
                // A share one euro short still reads « 15 % » once rounded: the euros
                // missing say why the goal is not met.
                let missing = total
                    .as_ref()
                    .and_then(|t| {
                        let needed = t.plan.total().times(*share)?;
                        Some(needed.saturating_sub(t.bassin.total()))
                    })
                    .filter(|m| *m > Money::ZERO && added < *share);
                let name = s.departement(dept).map_or(&*dept.0, |d| d.name.as_str());
                let mut text = match lang {
                    Lang::Fr => format!(
                        "{name}, part ajoutée\u{a0}: {} pour {} au moins",
                        lang.percent(added, false),
                        lang.percent(*share, false)
                    ),
                    Lang::En => format!(
                        "{name}, share added: {} for at least {}",
                        lang.percent(added, false),
                        lang.percent(*share, false)
                    ),
                };
                if let Some(m) = missing {
                    text.push_str(&match lang {
                        Lang::Fr => format!("\u{a0}; il manque {}", lang.money(m)),
                        Lang::En => format!("; {} short", lang.money(m)),
                    });
                }
                (added >= *share, text)
            }
        };
        Progress {
            met: reached && violations == 0,
            violations,
            measure,
        }
    }
}

fn key(dept: &str, year: Year, axis: &str) -> super::scenario::CellKey {
    super::scenario::CellKey::new(
        &DeptId(dept.into()),
        year,
        &super::scenario::AxisId(axis.into()),
    )
}

/// The exercises shipped with the simulator.
pub fn exercises() -> Vec<Exercise> {
    let raise = |dept: &str, year: Year, axis: &str, amount: u32| Edit::SetAmount {
        key: key(dept, year, axis),
        funder: Funder::Departement,
        amount: Money::euros(amount),
    };
    let state = |dept: &str, year: Year, axis: &str, amount: u32| Edit::SetAmount {
        key: key(dept, year, axis),
        funder: Funder::State,
        amount: Money::euros(amount),
    };
    vec![
        Exercise {
            id: "economie",
            title: Text::new("Respecter la convention au moindre coût", "Keep the convention at the least cost"),
            instructions: Text::new(
                "Les Départements ont prévu plus que le nécessaire. Ramenez leurs apports au plus juste\u{a0}: toutes les règles respectées, avec le plus petit total Département possible.",
                "The Départements planned more than needed. Bring their contributions down to what is just enough: every rule holding, with the smallest possible Département total.",
            ),
            success: Text::new(
                "Objectif atteint\u{a0}: chaque Département apporte exactement ce que la convention demande.",
                "Goal met: each Département brings exactly what the convention asks.",
            ),
            goal: Goal::DeptTotalAtMost(Money::euros(2_500_000)),
            setup: vec![
                raise("59", 2020, "insertion", 400_000),
                raise("59", 2021, "prevention", 350_000),
                raise("62", 2019, "insertion", 200_000),
                raise("62", 2021, "insertion", 300_000),
            ],
        },
        Exercise {
            id: "coupe-etat-2021",
            title: Text::new("L’État réduit sa part 2021 d’un cinquième", "The State cuts its 2021 share by a fifth"),
            instructions: Text::new(
                "En 2021, l’État apporte un cinquième de moins sur chaque axe. Sans toucher aux montants de l’État, que doit faire chaque Département pour que chaque territoire garde 1\u{a0}M€ en 2021, toutes règles respectées\u{a0}?",
                "In 2021 the State brings a fifth less on each axis. Without touching the State's amounts, what must each Département do so that each territory keeps €1M in 2021, every rule holding?",
            ),
            success: Text::new(
                "Objectif atteint\u{a0}: les Départements compensent la baisse de l’État en 2021.",
                "Goal met: the Départements make up for the State's cut in 2021.",
            ),
            goal: Goal::YearTotalEachAtLeast { year: 2021, total: Money::euros(1_000_000) },
            setup: vec![
                state("59", 2021, "insertion", 200_000),
                state("59", 2021, "prevention", 200_000),
                state("62", 2021, "insertion", 152_000),
                state("62", 2021, "prevention", 248_000),
            ],
        },
        Exercise {
            id: "prolongation",
            title: Text::new("Prolonger la convention en 2022 et 2023", "Prolong the convention into 2022 and 2023"),
            instructions: Text::new(
                "Les avenants ont prolongé la convention. Ajoutez 2022 et 2023 avec les enveloppes de 2020 (500\u{202f}000\u{a0}€ par département, 1\u{a0}M€ pour le territoire), en années pleines, toutes règles respectées.",
                "The amendments prolonged the convention. Add 2022 and 2023 with the 2020 envelopes (€500,000 per département, €1M for the territory), as full years, every rule holding.",
            ),
            success: Text::new(
                "Objectif atteint\u{a0}: la convention court jusqu’en 2023.",
                "Goal met: the convention runs until 2023.",
            ),
            goal: Goal::YearsWithEnvelopes {
                years: vec![2022, 2023],
                state: Money::euros(500_000),
                territory: Money::euros(1_000_000),
            },
            setup: vec![],
        },
        Exercise {
            id: "part-ajoutee-62",
            title: Text::new("15\u{202f}% de plus pour le Pas-de-Calais", "15% more for Pas-de-Calais"),
            instructions: Text::new(
                "Le bassin minier ajoute 12,5\u{202f}% au plan du Pas-de-Calais. Portez cette part à 15\u{202f}% au moins sans enfreindre aucune règle.",
                "The bassin minier adds 12.5% to the Pas-de-Calais plan. Bring that share to at least 15% without breaking any rule.",
            ),
            success: Text::new(
                "Objectif atteint\u{a0}: le bassin minier ajoute 15\u{202f}% au moins au plan du Pas-de-Calais.",
                "Goal met: the bassin minier adds at least 15% to the Pas-de-Calais plan.",
            ),
            goal: Goal::ShareAddedAtLeast { dept: DeptId("62".into()), share: Decimal::new(15, 2) },
            setup: vec![],
        },
    ]
}

pub fn exercise(id: &str) -> Option<Exercise> {
    exercises().into_iter().find(|e| e.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fix_all::fix_all;
    use crate::domain::testing::key as k;

    fn with(s: &Scenario, edits: Vec<Edit>) -> Scenario {
        let base = signed_convention();
        let mut s = s.clone();
        for e in edits {
            s.apply(e, &base).unwrap();
        }
        s
    }

    fn dept(key: super::super::scenario::CellKey, amount: u32) -> Edit {
        Edit::SetAmount {
            key,
            funder: Funder::Departement,
            amount: Money::euros(amount),
        }
    }

    #[test]
    fn no_exercise_starts_solved_and_each_setup_applies() {
        let base = signed_convention();
        for e in exercises() {
            let mut s = base.clone();
            for edit in &e.setup {
                s.apply(edit.clone(), &base)
                    .unwrap_or_else(|err| panic!("{}: {err:?}", e.id));
            }
            assert!(
                !e.progress(&e.start(), Lang::Fr).met,
                "{} starts solved",
                e.id
            );
        }
    }

    #[test]
    fn economie_is_met_exactly_at_the_smallest_departement_total() {
        let e = exercise("economie").unwrap();
        let lowest = with(
            &e.start(),
            vec![
                dept(k("59", 2020, "insertion"), 250_000),
                dept(k("59", 2021, "prevention"), 250_000),
                dept(k("62", 2019, "insertion"), 95_000),
                dept(k("62", 2021, "insertion"), 190_000),
            ],
        );
        let p = e.progress(&lowest, Lang::Fr);
        assert!(p.met, "{p:?}");
        // One euro less somewhere breaks a rule; one euro more misses the total.
        let short = with(&lowest, vec![dept(k("62", 2021, "insertion"), 189_999)]);
        assert!(!e.progress(&short, Lang::Fr).met);
        let over = with(&lowest, vec![dept(k("62", 2021, "insertion"), 190_001)]);
        assert!(!e.progress(&over, Lang::Fr).met);
        // The target is the smallest: fixing every finding of an all-zero Département grid
        // lands on it.
        let mut zero = signed_convention();
        for key in zero.cell_keys().collect::<Vec<_>>() {
            zero.set_amount(&key, Funder::Departement, Money::ZERO);
        }
        assert_eq!(
            Totals::new(&fix_all(&zero).scenario).bassin().departement,
            Money::euros(2_500_000)
        );
    }

    #[test]
    fn coupe_etat_needs_each_departement_to_make_up_the_cut() {
        let e = exercise("coupe-etat-2021").unwrap();
        let done = with(
            &e.start(),
            vec![
                dept(k("59", 2021, "insertion"), 350_000),
                dept(k("59", 2021, "prevention"), 250_000),
                dept(k("62", 2021, "insertion"), 290_000),
                dept(k("62", 2021, "prevention"), 310_000),
            ],
        );
        assert!(e.progress(&done, Lang::Fr).met);
        let half = with(&e.start(), vec![dept(k("59", 2021, "insertion"), 350_000)]);
        assert!(
            !e.progress(&half, Lang::Fr).met,
            "Pas-de-Calais still short"
        );
        // Restoring the State's amounts instead is not the answer.
        let restored = signed_convention();
        assert!(!e.progress(&restored, Lang::Fr).met);
    }

    #[test]
    fn prolongation_is_met_with_two_added_full_years() {
        let e = exercise("prolongation").unwrap();
        let one = with(&e.start(), vec![Edit::AddYear(2022)]);
        assert!(!e.progress(&one, Lang::Fr).met);
        let both = with(&one, vec![Edit::AddYear(2023)]);
        assert!(e.progress(&both, Lang::Fr).met);
        let cut = with(
            &both,
            vec![Edit::SetStateEnvelope(2023, Money::euros(400_000))],
        );
        assert!(!e.progress(&cut, Lang::Fr).met);
    }

    #[test]
    fn part_ajoutee_counts_only_without_violations() {
        let e = exercise("part-ajoutee-62").unwrap();
        // +500 000 € of Département money over the period: 3 M€ on a 20 M€ plan.
        let enough = with(&e.start(), vec![dept(k("62", 2021, "insertion"), 690_000)]);
        let p = e.progress(&enough, Lang::Fr);
        assert!(p.met, "{p:?}");
        // The same share from the State breaks its ceiling: not met.
        let by_state = with(
            &e.start(),
            vec![Edit::SetAmount {
                key: k("62", 2021, "insertion"),
                funder: Funder::State,
                amount: Money::euros(690_000),
            }],
        );
        let p = e.progress(&by_state, Lang::Fr);
        assert!(!p.met && p.violations > 0);
    }

    #[test]
    fn a_share_one_euro_short_says_what_is_missing() {
        let e = exercise("part-ajoutee-62").unwrap();
        let short = with(&e.start(), vec![dept(k("62", 2021, "insertion"), 689_999)]);
        let p = e.progress(&short, Lang::Fr);
        assert!(!p.met);
        assert!(
            p.measure
                .ends_with("15\u{202f}% pour 15\u{202f}% au moins\u{a0}; il manque 1\u{a0}€"),
            "{}",
            p.measure
        );
        let p = e.progress(&short, Lang::En);
        assert!(
            p.measure.ends_with("15% for at least 15%; €1 short"),
            "{}",
            p.measure
        );
        let enough = with(&e.start(), vec![dept(k("62", 2021, "insertion"), 690_000)]);
        assert!(!e.progress(&enough, Lang::Fr).measure.contains("manque"));
    }
}
