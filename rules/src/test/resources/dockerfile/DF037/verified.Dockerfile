FROM debian:12-slim
# ok: certificates verified
RUN curl -fsSLO https://example.com/tool.tgz && wget -q https://example.com/x
# ok: verification switched on explicitly
ENV NODE_TLS_REJECT_UNAUTHORIZED=1 PYTHONHTTPSVERIFY=1
RUN git config --global http.sslVerify true && npm config set strict-ssl true
# ok: wget -k converts links; it is not curl's -k
RUN wget -k https://example.com/page.html
# ok: text for grep or echo, not an option of wget (Checkov's pass cases)
RUN wget https://example.com | grep "--no-check-certificate" /etc/passwd
RUN wget https://example.com && echo "--no-check-certificate"
