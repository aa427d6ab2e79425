jurisdiction-england = Angleterre
jurisdiction-germany-saarland = Sarre, Allemagne
jurisdiction-azerbaijan = Azerbaïdjan
jurisdiction-unstated = Non précisé par l’entreprise

kind-complaint = Réclamation
kind-inquiry = Demande de renseignements
kind-abuse-report = Signalement d’abus
kind-escalated-complaint = Réclamation transmise
