//! Under the top bar: "a new version is ready" with "update now", and, on a
//! classroom server's local-network address, what that address means (the
//! app works only while that computer serves it, and the pupil's work is
//! kept for that address only) with the way to carry progress in a file.

use engine::storage::KeyValueStore;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::context::AppContext;
use crate::routes::Route;
use crate::services::offline;
use crate::services::storage::LocalStore;
use crate::state::Action;

/// Where closing the address notice is remembered: the address it was closed for.
const NETWORK_NOTICE_CLOSED_KEY: &str = "bastau.v2.network-notice-closed";

/// Whether the pupil closed the notice for `address` on an earlier visit.
pub fn network_notice_was_closed(store: &impl KeyValueStore, address: &str) -> bool {
    store
        .read(NETWORK_NOTICE_CLOSED_KEY)
        .ok()
        .flatten()
        .is_some_and(|closed_for| closed_for == address)
}

/// The notices, if any (a plain function: it keeps no state of its own).
pub fn offline_notices(context: &AppContext) -> Html {
    let state = context.app_state();
    let update = state.update_ready.then(|| {
        let update_now = Callback::from(|_: MouseEvent| offline::update_now());
        html! {
            <div class="storage-notice update-notice" role="status">
                <p>{ context.text("offline-update-ready") }</p>
                <button type="button" class="update-now" onclick={update_now}>
                    { context.text("offline-update-now") }
                </button>
            </div>
        }
    });
    let network = state.network_address_notice.as_ref().map(|address| {
        let close = {
            let (context, address) = (context.clone(), address.clone());
            Callback::from(move |_: MouseEvent| {
                // Closed for good on this address; if the browser cannot keep
                // that, it stays closed for this visit.
                let _ = LocalStore::open().write(NETWORK_NOTICE_CLOSED_KEY, &address);
                context.dispatch(Action::ShowNetworkAddressNotice(None));
            })
        };
        html! {
            <div class="storage-notice network-notice" role="note">
                <p>{ context.text_with("offline-network-address", &[("address", address.clone().into())]) }</p>
                <p>{ context.text("offline-network-storage") }</p>
                <Link<Route> to={Route::Settings}>{ context.text("offline-network-settings") }</Link<Route>>
                <button type="button" class="link-button" onclick={close}>{ context.text("notice-close") }</button>
            </div>
        }
    });
    html! { <>{ for update }{ for network }</> }
}
