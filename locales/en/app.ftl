sent-print = Print this page
sent-print-address = You can check it at any time at { $address } with the reference and access code above.
-brand-name = redress
app-brand = { -brand-name }
app-skip-to-content = Skip to main content
app-language-switcher-label = Language
app-widget-label = Complaint form
app-check-status = Check a complaint
app-back = Back
app-continue = Continue
app-change = Change
app-yes = Yes
app-no = No
# Variables:
#   $label (String) - the field's label
app-optional = { $label } (optional)
app-error-prefix = Error:
app-warning-prefix = Warning
app-error-summary-title = There is a problem
app-error-network = The connection to the service was lost. Check your internet connection and try again.
app-error-unavailable = The service cannot save or read complaints at the moment. Nothing was saved. Please try again in a few minutes.
# Variables:
#   $seconds (Number) - how long to wait
app-error-rate-limited =
    { $seconds ->
        [one] Too many attempts from your connection. Wait { $seconds } second and try again.
       *[other] Too many attempts from your connection. Wait { $seconds } seconds and try again.
    }
page-loading = Loading the page…
part-loading = Loading…
page-not-loaded-title = The page could not be loaded
page-not-loaded-body = The connection to the service was lost. Check your internet connection and try again. Your answers are kept.
page-not-loaded-retry = Try again
not-found-title = Page not found
not-found-body = If you typed the web address, check it is correct.
not-found-home = Go to the start page
