sent-print = Imprimer cette page
sent-print-address = Vous pouvez suivre votre dossier à tout moment sur { $address } avec la référence et le code d'accès ci-dessus.
-brand-name = redress
app-brand = { -brand-name }
app-skip-to-content = Aller au contenu principal
app-language-switcher-label = Langue
app-widget-label = Formulaire de réclamation
app-check-status = Suivre une réclamation
app-back = Retour
app-continue = Continuer
app-change = Modifier
app-yes = Oui
app-no = Non
# Variables:
#   $label (String) - the field's label
app-optional = { $label } (facultatif)
app-error-prefix = Erreur :
app-warning-prefix = Attention
app-error-summary-title = Il y a un problème
app-error-network = La connexion au service a été perdue. Vérifiez votre connexion internet et réessayez.
app-error-unavailable = Le service ne peut ni enregistrer ni lire les réclamations pour le moment. Rien n'a été enregistré. Réessayez dans quelques minutes.
# Variables:
#   $seconds (Number) - how long to wait
app-error-rate-limited =
    { $seconds ->
        [one] Trop de tentatives depuis votre connexion. Attendez { $seconds } seconde et réessayez.
       *[other] Trop de tentatives depuis votre connexion. Attendez { $seconds } secondes et réessayez.
    }
page-loading = Chargement de la page…
part-loading = Chargement…
page-not-loaded-title = La page n'a pas pu être chargée
page-not-loaded-body = La connexion au service a été perdue. Vérifiez votre connexion internet et réessayez. Vos réponses sont conservées.
page-not-loaded-retry = Réessayer
not-found-title = Page introuvable
not-found-body = Si vous avez saisi l'adresse, vérifiez qu'elle est correcte.
not-found-home = Aller à la page d'accueil
