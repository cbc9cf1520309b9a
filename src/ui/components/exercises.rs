use yew::prelude::*;

use crate::ui::shared::Shared;

use crate::domain::exercise::{exercise, exercises};
use crate::domain::locale::Lang;
use crate::domain::scenario::Scenario;
use crate::strings::share::share_strings;
use crate::strings::strings;
use crate::ui::state::{Action, EXERCISE_HEADING_ID};
use crate::ui::storage::now;

#[derive(Properties, PartialEq)]
pub struct PanelProps {
    pub lang: Lang,
    pub scenario: Shared<Scenario>,
    pub id: &'static str,
    pub dispatch: Callback<Action>,
}

/// The exercise under way: what to do, how far the scenario is from the goal (announced
/// politely as it changes), and the way out.
#[function_component(ExercisePanel)]
pub fn exercise_panel(props: &PanelProps) -> Html {
    let (lang, s) = (props.lang, share_strings(props.lang));
    let Some(e) = exercise(props.id) else {
        return html! {};
    };
    let progress = e.progress(&props.scenario, lang);
    let status = if progress.met {
        s.exercise_met.to_string()
    } else {
        (s.exercise_not_yet)(progress.violations)
    };
    html! {
        <section class={classes!("card", "exercise", progress.met.then_some("met"))} aria-labelledby={EXERCISE_HEADING_ID}
            data-testid="exercise-panel">
            <p class="exercise-kicker">{ s.exercise_label }</p>
            <h2 id={EXERCISE_HEADING_ID} tabindex="-1">{ e.title.get(lang) }</h2>
            <p>{ e.instructions.get(lang) }</p>
            <div class="exercise-progress" role="status" aria-live="polite" data-testid="exercise-progress"
                data-met={progress.met.to_string()}>
                <p class="exercise-status">
                    <span aria-hidden="true">{ if progress.met { "✓ " } else { "… " } }</span>{ status }
                </p>
                <p class="exercise-measure" data-testid="exercise-measure">{ progress.measure.clone() }</p>
                if progress.met {
                    <p class="exercise-success" data-testid="exercise-success">{ e.success.get(lang) }</p>
                }
            </div>
            <button type="button" class="secondary" onclick={props.dispatch.reform(|_| Action::LeaveExercise)}
                data-testid="exercise-leave">{ s.exercise_leave }</button>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ListProps {
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

/// « Exercices »: each exercise with « Commencer ».
#[function_component(ExerciseList)]
pub fn exercise_list(props: &ListProps) -> Html {
    let (lang, s) = (props.lang, share_strings(props.lang));
    html! {
        <section class="card exercises" aria-labelledby="exercises-heading" data-testid="exercise-list">
            <h2 id="exercises-heading" tabindex="-1">{ s.exercises_heading }</h2>
            <p class="hint">{ s.exercises_intro }</p>
            <ul class="exercise-list">
                { for exercises().into_iter().map(|e| {
                    let id = e.id;
                    html! {
                        <li key={id}>
                            <span class="exercise-title">{ e.title.get(lang).to_string() }</span>
                            <button type="button" onclick={props.dispatch.reform(move |_| Action::StartExercise(id, now()))}
                                aria-label={format!("{}{}{}", s.exercise_start, strings(lang).colon, e.title.get(lang))}
                                data-testid={format!("exercise-start-{id}")}>{ s.exercise_start }</button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
