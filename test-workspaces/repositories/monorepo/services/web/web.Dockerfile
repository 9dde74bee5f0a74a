FROM nginx:1.27-alpine
COPY dist/ /usr/share/nginx/html/
ADD https://example.com/config/nginx.conf /etc/nginx/conf.d/default.conf
EXPOSE 8080
