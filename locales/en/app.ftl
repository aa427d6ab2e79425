-brand-name = redress

app-brand = { -brand-name }
app-skip-to-content = Skip to main content
app-language-switcher-label = Language

not-found-title = Page not found
not-found-body = If you typed the web address, check it is correct.
not-found-home = Go to the start page
