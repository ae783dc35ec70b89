{{
	def base: if .variant == "slim" then "debian:bookworm-slim" else "debian:bookworm" end
}}
FROM {{ base }}
RUN apt-get update
