-brand-name = redress

app-brand = { -brand-name }
app-skip-to-content = Перейти к основному содержанию
app-language-switcher-label = Язык

not-found-title = Страница не найдена
not-found-body = Если вы вводили адрес вручную, проверьте, правильно ли он написан.
not-found-home = На главную страницу
