-brand-name = redress

app-brand = { -brand-name }
app-skip-to-content = Aller au contenu principal
app-language-switcher-label = Langue

not-found-title = Page introuvable
not-found-body = Si vous avez saisi l’adresse, vérifiez qu’elle est correcte.
not-found-home = Aller à la page d’accueil
